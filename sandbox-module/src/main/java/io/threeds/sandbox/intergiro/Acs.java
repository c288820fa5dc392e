package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.Jsonp;
import io.threeds.sandbox.RequestBody;
import io.threeds.sandbox.ShopperAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The issuer's access control server as the shopper's browser meets it: the 3DS Method URL and the
 * manual challenge of the 3dsecure.io sandbox, and Intergiro's 3-D Secure 1.0 simulator (PROVIDERS.md
 * §2.3.2). Its results travel only through the browser: each page ends by posting them, with the exact
 * field names of the seed, to the merchant's URL. A challenge is decided once; the pages of a decided
 * challenge answer 400.
 */
@ApplicationScoped
public class Acs {

    @Inject
    Cycles cycles;

    /**
     * The 3DS Method: takes {@code threeDSMethodData} = base64url {@code {threeDSServerTransID,
     * threeDSMethodNotificationURL}} (or the seed's {@code threeDSMethodData} key for the id, G-I2) and
     * posts {@code threeDSMethodData} = base64url {@code {threeDSServerTransID}} to the notification URL.
     * Any transaction id is taken: in EMV 3-D Secure the method runs before the ACS knows the transaction.
     */
    Page method(String threeDSMethodData) {
        Optional<RequestBody> data = Base64UrlJson.decode(threeDSMethodData);
        Optional<String> id = data.flatMap(json -> json.text("threeDSServerTransID").or(() -> json.text("threeDSMethodData")));
        Optional<String> notification = data.flatMap(json -> json.text("threeDSMethodNotificationURL"))
                .filter(RequestValidation::isAbsoluteHttpUrl);
        if (id.isEmpty() || notification.isEmpty()) {
            return Page.badRequest("Invalid 3DS Method request", "threeDSMethodData must be base64url JSON with "
                    + "threeDSServerTransID and an absolute http(s) threeDSMethodNotificationURL.");
        }
        return Page.ok(ShopperPages.autoPost("3DS Method", notification.get(), Map.of("threeDSMethodData",
                Base64UrlJson.encode(Jsonp.createObjectBuilder().add("threeDSServerTransID", id.get()).build()))));
    }

    /**
     * The challenge: a CReq for a transaction whose challenge is pending gets the one-time-code page, or,
     * when the issuer decides without the shopper, the CRes at once.
     */
    Page challenge(String creq, URI base) {
        Optional<Cycle> found = challengeOf(creq);
        if (found.isEmpty()) {
            return unknownChallenge();
        }
        Cycle cycle = found.get();
        Optional<TransStatus> decision = cycle.scenario().acsDecision();
        if (decision.isPresent()) {
            return cycles.decide(cycle.id(), VerificationStep.CHALLENGE, pending -> decision.get())
                    .map(Acs::sendCres)
                    .orElseGet(Acs::alreadyAnswered);
        }
        if (cycle.acsResult() != null) {
            return alreadyAnswered();
        }
        return Page.ok(ShopperPages.oneTimeCode("3-D Secure authentication", cycle, "3-D Secure 2.2.0",
                base.getRawPath() + VerificationRequired.CHALLENGE_PAGE + "/answer", Map.of("creq", creq)));
    }

    /** The shopper's answer on the challenge page: decides the challenge and posts the CRes. */
    Page challengeAnswer(String creq, String otp, String action) {
        Optional<Cycle> found = challengeOf(creq);
        if (found.isEmpty()) {
            return unknownChallenge();
        }
        ShopperAnswer answer = ShopperAnswer.of(action, otp);
        return cycles.decide(found.get().id(), VerificationStep.CHALLENGE,
                        cycle -> cycle.scenario().acsDecision().orElseGet(() -> cycle.scenario().result(answer)))
                .map(Acs::sendCres)
                .orElseGet(Acs::alreadyAnswered);
    }

    /** The 3-D Secure 1.0 ACS: the password page for a pending PaReq with its {@code MD}. */
    Page threeDSecure1(String paReq, String termUrl, String md, URI base) {
        Optional<Cycle> found = threeDSecure1Of(paReq, md);
        if (found.isEmpty()) {
            return unknownThreeDSecure1();
        }
        if (!RequestValidation.isAbsoluteHttpUrl(termUrl)) {
            return invalidTermUrl();
        }
        if (found.get().acsResult() != null) {
            return alreadyAnswered();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("PaReq", paReq);
        fields.put("TermUrl", termUrl);
        fields.put("MD", md);
        return Page.ok(ShopperPages.oneTimeCode("3-D Secure 1.0 password", found.get(), "3-D Secure 1.0.2",
                base.getRawPath() + VerificationRequired.THREE_DS_1_PAGE + "/answer", fields));
    }

    /** The shopper's answer on the 3-D Secure 1.0 page: posts {@code PaRes} and {@code MD} to {@code TermUrl} (G-I8). */
    Page threeDSecure1Answer(String paReq, String termUrl, String md, String otp, String action, Instant now) {
        Optional<Cycle> found = threeDSecure1Of(paReq, md);
        if (found.isEmpty()) {
            return unknownThreeDSecure1();
        }
        if (!RequestValidation.isAbsoluteHttpUrl(termUrl)) {
            return invalidTermUrl();
        }
        ShopperAnswer answer = ShopperAnswer.of(action, otp);
        return cycles.decide(found.get().id(), VerificationStep.PARES, cycle -> cycle.scenario().result(answer))
                .map(cycle -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("PaRes", PaRes.of(cycle, cycle.acsResult(), now).encoded());
                    fields.put("MD", md);
                    return Page.ok(ShopperPages.autoPost("Authentication complete", termUrl, fields));
                })
                .orElseGet(Acs::alreadyAnswered);
    }

    private Optional<Cycle> challengeOf(String creq) {
        return CReq.decode(creq)
                .filter(CReq::isChallengeRequest)
                .flatMap(request -> cycles.findByTransaction(request.threeDSServerTransID())
                        .filter(cycle -> cycle.ids().acsTransID().equals(request.acsTransID())))
                .filter(cycle -> cycle.awaits(VerificationStep.CHALLENGE));
    }

    private Optional<Cycle> threeDSecure1Of(String paReq, String md) {
        return PaReq.xidOf(paReq)
                .flatMap(cycles::findByXid)
                .filter(cycle -> cycle.ids().md().equals(md))
                .filter(cycle -> cycle.awaits(VerificationStep.PARES));
    }

    private static Page sendCres(Cycle cycle) {
        return Page.ok(ShopperPages.autoPost("Authentication complete", cycle.callback(),
                Map.of("cres", CRes.of(cycle.ids(), cycle.acsResult()).encoded())));
    }

    private static Page unknownChallenge() {
        return Page.badRequest("Unknown challenge",
                "creq must be a base64url CReq (messageType CReq) for a transaction whose challenge is pending.");
    }

    private static Page unknownThreeDSecure1() {
        return Page.badRequest("Unknown authentication", "No 3-D Secure 1.0 authentication awaits this PaReq and MD.");
    }

    private static Page invalidTermUrl() {
        return Page.badRequest("Invalid TermUrl", "TermUrl must be an absolute http(s) URL.");
    }

    private static Page alreadyAnswered() {
        return Page.badRequest("Already answered", "This authentication has already been answered.");
    }
}
