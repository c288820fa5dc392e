package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP 400 "verification required" error that announces a cycle's pending step, exactly as the seed
 * shows it (PROVIDERS.md §2.3.1) but always with the cycle's {@code id} (G-I5). {@code details.visible} is
 * the seed's for each kind (method and antifraud hidden, challenge and 3-D Secure 1.0 shown), except for a
 * challenge the issuer decides without the shopper: "without any user interaction and therefore hidden"
 * (001:9). {@code details.url} is
 * absolute, built from the base URI the request came in on ({@code http://host/sandbox/}), so the
 * shopper's browser reaches the simulator the way the gateway did.
 */
final class VerificationRequired {
    static final String MESSAGE_VERSION = "2.2.0";
    /** {@code content.type} of the seed's errors about the card (001:24). */
    static final String CARD_TYPE = "Card.Creatable | Card.Token";
    static final String METHOD_PAGE = "intergiro/3dsmethod";
    static final String CHALLENGE_PAGE = "intergiro/browser/challenge/manual";
    static final String THREE_DS_1_PAGE = "intergiro/v1/ch3d1sim/acs";
    static final String ANTIFRAUD_PAGE = "intergiro/v1/verification/redirect";
    /** Where an antifraud URL's {@code target} points: the cycle's transaction, {@code <base>/intergiro/3ds/<id>}. */
    static final String ANTIFRAUD_TARGET = "intergiro/3ds/";

    private VerificationRequired() {
    }

    /**
     * @param request the request that brought the cycle to this step: its card goes into a PaReq (a
     *                3-D Secure 1.0 step always follows a request with the card object)
     */
    static JsonObject body(Cycle cycle, AuthorizationRequest request, URI base) {
        TransactionIds ids = cycle.ids();
        JsonObjectBuilder details = Jsonp.createObjectBuilder();
        switch (cycle.pendingStep().orElseThrow()) {
            case METHOD -> details.add("visible", false).add("method", "POST").add("url", page(base, METHOD_PAGE))
                    .add("data", Jsonp.createObjectBuilder()
                            .add("type", "method")
                            .add("threeDSServerTransID", ids.threeDSServerTransID())
                            .add("messageVersion", MESSAGE_VERSION));
            case CHALLENGE -> details.add("visible", cycle.scenario().acsDecision().isEmpty())
                    .add("method", "POST").add("url", page(base, CHALLENGE_PAGE))
                    .add("data", Jsonp.createObjectBuilder()
                            .add("type", "challenge")
                            .add("threeDSServerTransID", ids.threeDSServerTransID())
                            .add("acsTransID", ids.acsTransID())
                            .add("messageVersion", MESSAGE_VERSION)
                            .add("messageType", CReq.MESSAGE_TYPE)
                            .add("challengeWindowSize", "01"));
            case PARES -> details.add("visible", true).add("method", "POST").add("url", page(base, THREE_DS_1_PAGE))
                    .add("data", Jsonp.createObjectBuilder()
                            .add("PaReq", PaReq.of(request.card(), cycle.purchase(), ids, cycle.callback()).encoded())
                            .add("TermUrl", cycle.callback())
                            .add("MD", ids.md()));
            case ANTIFRAUD -> details.add("visible", false).add("method", "GET").add("url", page(base, ANTIFRAUD_PAGE)
                    + "?target=" + encode(page(base, ANTIFRAUD_TARGET + ids.threeDSServerTransID()))
                    + "&origin=" + encode(cycle.callback())
                    + "&v=" + MESSAGE_VERSION);
        }
        return Jsonp.createObjectBuilder()
                .add("status", 400)
                .add("type", IntergiroError.MALFORMED_CONTENT)
                .add("error", "verification required")
                .add("id", cycle.id())
                .add("content", Jsonp.createObjectBuilder()
                        .add("property", "card")
                        .add("type", CARD_TYPE)
                        .add("description", "verification required")
                        .add("details", details))
                .build();
    }

    /** An absolute URL under the simulator's base. */
    static String page(URI base, String path) {
        URI root = base.getRawPath().endsWith("/") ? base : URI.create(base + "/");
        return root.resolve(path).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
