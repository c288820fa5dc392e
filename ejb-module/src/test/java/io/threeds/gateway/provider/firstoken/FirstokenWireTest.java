package io.threeds.gateway.provider.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.authentication.Amount;
import io.threeds.gateway.card.Card;
import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.provider.AuthorizationRequest;
import io.threeds.gateway.provider.BrowserRefusedException;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.ProviderResult;
import io.threeds.gateway.provider.ThreeDSResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The firstoken mapping fed with the seed's own examples (seeds/002: setup, Rejected Frictionless, payment). */
class FirstokenWireTest {
    private static final Card CARD = new Card("4000000000002537", 1, 2027, "John Doe", null);

    @Test
    void setupGivesTheDeviceDataCollectionInAHiddenIframeThatRelaysItsMessage() {
        ProviderResult step = FirstokenWire.deviceDataCollection(json("setup-response.json"), CARD);
        assertEquals("DEVICE_DATA", step.browserAction().purpose());
        assertEquals("HIDDEN_IFRAME", step.browserAction().target());
        assertTrue(step.browserAction().relayMessages());
        assertEquals(10_000, step.browserAction().timeoutMs());
        assertTrue(step.browserAction().fields().get("JWT").startsWith("eyJ"));
        assertEquals("46ab9269-b3af-489a-b896-5a604788c12a", step.refs().get(FirstokenWire.REFERENCE_ID));
        assertEquals("0001713184422626195536", step.refs().get("setup_transaction_id"), "G-F2: camelCase transactionId");
        assertNull(step.result().transStatus());
    }

    @Test
    void theSeedsRejectedFrictionlessIsRWithoutLiability() {
        ProviderResult done = FirstokenWire.enrolled(json("enroll-rejected-response.json"),
                Map.of(FirstokenWire.REFERENCE_ID, "r", FirstokenWire.STEP, FirstokenWire.DEVICE_DATA), "a1", "VISA");
        ThreeDSResult result = done.result();
        assertEquals(TransStatus.R, result.transStatus(), "decided on pares_status, not on the envelope's success");
        assertEquals("01", result.transStatusReason());
        assertEquals("07", result.eci());
        assertEquals("Y", result.enrolled());
        assertEquals("2.2.0", result.threeDSVersion());
        assertEquals("099a8f4d-d739-4295-8650-569079e25039", result.threeDSServerTransactionId(), "G-F1: tree_dss_");
        assertEquals("f7429bcf-ef03-4f46-8987-65d0f48ea33d", result.dsTransactionId());
        assertEquals(Flow.FRICTIONLESS, result.flow());
        assertFalse(result.liability().shift());
        assertEquals(RecommendedAction.DO_NOT_PROCEED, result.recommendedAction());
        assertEquals("THLCQ9wc4q7E0xfOia30", done.refs().get(FirstokenWire.AUTHENTICATION_TRANSACTION));
        assertTrue(done.refs().get(FirstokenWire.TOKEN).startsWith("Axjzbw"), "the newest token is kept");
        assertFalse(done.refs().containsKey(FirstokenWire.STEP));
    }

    @Test
    void frictionlessSuccessAndAttemptsShiftLiability() {
        assertEquals(TransStatus.Y, result("Y", "05", "Y").transStatus());
        assertTrue(result("Y", "05", "Y").liability().shift());
        assertEquals(TransStatus.A, result("A", "06", "Y").transStatus());
        assertTrue(result("A", "06", "Y").liability().shift());
        assertFalse(result("Y", "07", "Y").liability().shift(), "a Y with ECI 07 is no shift (ECI_STATUS_MISMATCH)");
    }

    @Test
    void notEnrolledBypassedOrUnavailableIsUWithoutThreeDSecure() {
        for (String veres : new String[] {"U", "B", "N"}) {
            ThreeDSResult result = result(null, "07", veres);
            assertEquals(TransStatus.U, result.transStatus(), veres);
            assertEquals(Flow.NOT_APPLICABLE, result.flow());
            assertEquals(veres, result.enrolled());
            assertEquals(RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT, result.recommendedAction());
        }
    }

    @Test
    void stepUpIsAVisibleIframeAndOnlyItsOwnTransactionIdComesBack() {
        JsonObject pending = envelope(Json.createObjectBuilder().add("pares_status", "C").add("veres_enrolled", "Y")
                .add("step_up_url", "https://ft.example/V2/Cruise/StepUp").add("access_token", "eyJstep")
                .add("authentication_transaction_id", "DKjne4MBXRSsa1fryRE0").build());
        ProviderResult step = FirstokenWire.enrolled(pending, Map.of(FirstokenWire.REFERENCE_ID, "r"), "a1", "VISA");
        assertEquals(TransStatus.C, step.result().transStatus());
        assertEquals("VISIBLE_IFRAME", step.browserAction().target());
        assertEquals("eyJstep", step.browserAction().fields().get("JWT"));
        assertEquals("a1", step.browserAction().fields().get("MD"));
        FirstokenWire.steppedUp(step.refs(), new BrowserResult(Map.of("TransactionId", "DKjne4MBXRSsa1fryRE0",
                "MD", "a1")), "a1");
        assertThrows(BrowserRefusedException.class, () -> FirstokenWire.steppedUp(step.refs(),
                new BrowserResult(Map.of("TransactionId", "forged")), "a1"));
    }

    @Test
    void deviceDataMessagesMustBeForThisSession() {
        Map<String, String> refs = Map.of(FirstokenWire.REFERENCE_ID, "46ab9269");
        FirstokenWire.deviceDataCollected(refs, new BrowserResult(Map.of("message",
                "{\"MessageType\":\"profile.completed\",\"SessionId\":\"46ab9269\",\"Status\":true}")));
        FirstokenWire.deviceDataCollected(refs, new BrowserResult(Map.of("timeout", "true")));
        assertThrows(BrowserRefusedException.class, () -> FirstokenWire.deviceDataCollected(refs,
                new BrowserResult(Map.of("message", "{\"MessageType\":\"profile.completed\",\"SessionId\":\"x\"}"))));
        assertThrows(BrowserRefusedException.class, () -> FirstokenWire.deviceDataCollected(refs,
                new BrowserResult(Map.of("message", "not json"))));
    }

    @Test
    void theSeedsPaymentAnswerIsAuthorised() {
        JsonObject answer = json("payment-response.json");
        assertEquals("AUTHORIZED", FirstokenWire.paid(answer, request()).status());
        assertEquals("831000", FirstokenWire.paid(answer, request()).approvalCode());
        assertEquals("00", FirstokenWire.paid(answer, request()).responseCode());
    }

    private static AuthorizationRequest request() {
        return new AuthorizationRequest("a1", "order-1", CARD, new Amount(1000, "MXN"), true, result("Y", "05", "Y"),
                Map.of());
    }

    private static ThreeDSResult result(String pares, String eciRaw, String veres) {
        var auth = Json.createObjectBuilder().add("eci_raw", eciRaw).add("veres_enrolled", veres);
        if (pares != null) {
            auth.add("pares_status", pares);
        }
        return FirstokenWire.result(auth.build(), "VISA", Flow.FRICTIONLESS);
    }

    private static JsonObject envelope(JsonObject consumerAuthInfo) {
        return Json.createObjectBuilder().add("status", "success").add("data",
                Json.createObjectBuilder().add("consumer_auth_info", consumerAuthInfo)).build();
    }

    private static JsonObject json(String name) {
        try (JsonReader reader = Json.createReader(FirstokenWireTest.class.getResourceAsStream("/firstoken/" + name))) {
            return reader.readObject();
        }
    }
}
