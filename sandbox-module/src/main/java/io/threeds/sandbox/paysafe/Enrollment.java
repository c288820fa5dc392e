package io.threeds.sandbox.paysafe;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One enrollment check and what followed it: the ACS's one answer and Paysafe's one validation of the
 * PaRes. Keyed by its id ({@code enrollment_id}); an enrolled card's check is also found by its {@code xid}.
 *
 * @param xid          the PaReq's transaction id, or {@code null} when the card is not enrolled
 * @param paReq        the encoded PaReq, or {@code null} when the card is not enrolled
 * @param acsUrl       the absolute URL of the simulated ACS, or {@code null} when the card is not enrolled
 * @param acsAnswered  whether the ACS has issued its PaRes (it does so once)
 * @param authentication the validation of the PaRes, or {@code null} while there is none
 */
public record Enrollment(String id, String accountId, String merchantRefNum, Purchase purchase, EnrolledCard card,
                         PaysafeScenario scenario, String xid, String paReq, String acsUrl, Instant txnTime,
                         boolean acsAnswered, Authentication authentication) {
    static final String COMPLETED = "COMPLETED";

    /** The enrollment lookup's answer for a card; an enrolled card gets an xid and a PaReq for the ACS at {@code acsUrl}. */
    static Enrollment open(String accountId, EnrollmentCheck check, PaysafeScenario scenario, String acsUrl,
                           Instant now) {
        Instant txnTime = now.truncatedTo(ChronoUnit.SECONDS);
        EnrolledCard card = EnrolledCard.of(check.card());
        if (!scenario.enrolled()) {
            return new Enrollment(UUID.randomUUID().toString(), accountId, check.merchantRefNum(), check.purchase(),
                    card, scenario, null, null, null, txnTime, false, null);
        }
        String xid = ThreeDSecureIds.newXid();
        String paReq = PaReq.of(accountId, check, card, xid, txnTime).encode();
        return new Enrollment(UUID.randomUUID().toString(), accountId, check.merchantRefNum(), check.purchase(),
                card, scenario, xid, paReq, acsUrl, txnTime, false, null);
    }

    /** {@code Y} (enrolled), {@code N} (not enrolled) or {@code U} (unable to tell). */
    public String threeDEnrollment() {
        return scenario.threeDEnrollment();
    }

    Enrollment withAcsAnswered() {
        return new Enrollment(id, accountId, merchantRefNum, purchase, card, scenario, xid, paReq, acsUrl, txnTime,
                true, authentication);
    }

    Enrollment with(Authentication validated) {
        return new Enrollment(id, accountId, merchantRefNum, purchase, card, scenario, xid, paReq, acsUrl, txnTime,
                acsAnswered, validated);
    }

    /** The enrollment check's answer, the same for the POST and every GET. */
    JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("id", id)
                .add("merchantRefNum", merchantRefNum)
                .add("amount", purchase.amount())
                .add("currency", purchase.currency())
                .add("txnTime", DateTimeFormatter.ISO_INSTANT.format(txnTime))
                .add("status", COMPLETED)
                .add("threeDEnrollment", threeDEnrollment());
        if (paReq != null) {
            json.add("acsURL", acsUrl).add("paReq", paReq);
        }
        return json.build();
    }
}
