package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Intergiro's antifraud redirector, {@code GET /v1/verification/redirect?target=&origin=&v=}: verifies the
 * browser and posts {@code card=<card token>} to {@code origin}, the cycle's {@code client.callback}.
 *
 * <p>The seed's URL names no cycle, so {@code target}, "the 3DS url" the page hands over to, names it:
 * {@code <base>/intergiro/3ds/<threeDSServerTransID>} ({@link VerificationRequired#ANTIFRAUD_TARGET}).
 * Nothing is served there; the page only reads the transaction from its last segment. An {@code origin} other than the cycle's callback is refused, so a token is never
 * posted elsewhere. The page runs no script: what it knows of the browser is what the request shows, the
 * address and the first {@code Accept-Language} tag, and that is what the token's {@code ver.data.browser}
 * holds.
 */
@ApplicationScoped
public class AntifraudGuard {
    @Inject
    Cycles cycles;

    @Inject
    CardTokens tokens;

    /** The {@code browser} the page saw: {@code {ip, locale}}, each only when known. */
    static JsonObject browser(String ip, String acceptLanguage) {
        JsonObjectBuilder browser = Jsonp.createObjectBuilder();
        if (ip != null && !ip.isBlank()) {
            browser.add("ip", ip);
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            browser.add("locale", acceptLanguage.split("[,;]", 2)[0].strip());
        }
        return browser.build();
    }

    Page redirect(String target, String origin, JsonObject browser, Instant now) {
        String transaction = target == null ? null : target.substring(target.lastIndexOf('/') + 1);
        Optional<Cycle> found = cycles.findByTransaction(transaction)
                .filter(cycle -> cycle.awaits(VerificationStep.ANTIFRAUD));
        if (found.isEmpty()) {
            return Page.badRequest("Unknown verification", "No antifraud verification awaits this target.");
        }
        Cycle cycle = found.get();
        if (!cycle.callback().equals(origin)) {
            return Page.badRequest("Invalid origin", "origin is not the callback of this authorization.");
        }
        return Page.ok(ShopperPages.autoPost("Verifying your card", origin,
                Map.of("card", tokens.issue(cycle, browser, now))));
    }
}
