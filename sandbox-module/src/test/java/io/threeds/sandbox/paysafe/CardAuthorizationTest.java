package io.threeds.sandbox.paysafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardAuthorizationTest {

    @Test
    void readsTheRequest() {
        CardAuthorization authorization = CardAuthorization.of(Fixtures.authorizationBody());
        assertEquals("order-1-payment", authorization.merchantRefNum());
        assertEquals(1000, authorization.amount());
        assertTrue(authorization.settleWithAuth());
        assertEquals("dm0tZGV2LWF0LTAyTYyJVMdsAwA=", authorization.xid());
        assertFalse(authorization.insufficientlyAuthenticated());
    }

    @Test
    void withoutAuthenticationNothingIsDeclinedAndNothingSettled() {
        CardAuthorization authorization = CardAuthorization.of(Fixtures.patched(Fixtures.authorizationBody().root(),
                p -> p.remove("/authentication").remove("/settleWithAuth")));
        assertNull(authorization.xid());
        assertFalse(authorization.settleWithAuth());
        assertFalse(authorization.insufficientlyAuthenticated());
    }

    @ParameterizedTest(name = "threeDResult {0}, signatureStatus {1} -> declined {2}")
    @CsvSource({"Y, Y, false", "A, Y, false", "U, Y, false", "E, Y, false", "N, Y, true", "Y, N, true", "N, N, true"})
    void declinesAFailedOrUnsignedAuthentication(String result, String signature, boolean declined) {
        RequestBody body = Fixtures.patched(Fixtures.authorizationBody().root(), p -> p
                .replace("/authentication/threeDResult", result)
                .replace("/authentication/signatureStatus", signature));
        assertEquals(declined, CardAuthorization.of(body).insufficientlyAuthenticated());
    }

    @Test
    void approvesWithoutEchoingTheCardNumberOrCvv() {
        JsonObject json = CardAuthorization.of(Fixtures.authorizationBody()).approved("a-id", Fixtures.NOW);
        assertEquals(Set.of("id", "merchantRefNum", "txnTime", "status", "authCode", "amount", "settleWithAuth", "card"),
                json.keySet());
        assertEquals("a-id", json.getString("id"));
        assertEquals("2014-12-11T12:20:52Z", json.getString("txnTime"));
        assertEquals("COMPLETED", json.getString("status"));
        assertTrue(json.getString("authCode").matches("[A-Z0-9]{6}"), json.getString("authCode"));
        assertEquals(1000, json.getInt("amount"));
        assertTrue(json.getBoolean("settleWithAuth"));
        JsonObject card = json.getJsonObject("card");
        assertEquals("VI", card.getString("type"));
        assertEquals("2503", card.getString("lastDigits"));
        assertEquals(12, card.getJsonObject("cardExpiry").getInt("month"));
        assertEquals(2030, card.getJsonObject("cardExpiry").getInt("year"));
        assertFalse(json.toString().contains("4000000000002503"));
        assertFalse(json.toString().contains("123"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"4000000000002701, VI", "5200000000052701, MC", "2221000000000009, MC", "378282246310005, AM",
            "3530111333300000, JC", "36227206271667, DC", "6011111111111117, DI", "9999999999999995, VI"})
    void namesTheCardType(String card, String type) {
        assertEquals(type, CardAuthorization.cardType(new CardNumber(card)));
    }
}
