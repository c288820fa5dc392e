package io.threeds.sandbox.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.ShopperAnswer;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every card's result at enroll and after the step-up (PROVIDERS.md §3.5, SANDBOX.md). */
class IssuerTest {

    @ParameterizedTest(name = "{0}: veres {1}, pares {2}, eci_raw {3}")
    @CsvSource(nullValues = "null", value = {
            "4000000000002701, Y, Y,    05, 05,   vbv,           null, Authentication_successful",
            "4012000033330026, Y, Y,    05, 05,   vbv,           null, Authentication_successful",
            "4000000000010001, Y, Y,    05, 05,   vbv,           null, Authentication_successful",
            "4000000000002354, Y, Y,    05, 05,   vbv,           null, Authentication_successful",
            "4242424242424242, Y, Y,    05, 05,   vbv,           null, Authentication_successful",
            "5200000000052701, Y, Y,    02, 02,   spa,           null, Authentication_successful",
            "4000000000002719, Y, A,    06, 06,   vbv_attempted, null, Authentication_successful",
            "4000000000002925, Y, N,    07, null, internet,      01,   Authentication_failed",
            "5200000000052925, Y, N,    00, null, internet,      01,   Authentication_failed",
            "4000000000002313, Y, U,    07, null, internet,      22,   Authentication_successful",
            "4000000000002537, Y, R,    07, null, internet,      01,   Authentication_failed",
            "4000000000055550, Y, R,    07, null, internet,      01,   Authentication_failed",
            "5200000000052537, Y, R,    00, null, internet,      01,   Authentication_failed",
            "4000000000002990, U, null, 07, null, internet,      null, Authentication_successful",
            "4000000000002446, U, null, 07, null, internet,      null, Authentication_successful",
            "4000000000002560, B, null, 07, null, internet,      null, Authentication_successful"})
    void frictionless(String card, String veres, String pares, String eciRaw, String eci, String indicator,
                      String reason, String status) {
        CardNumber number = new CardNumber(card);
        AuthenticationResult result = Issuer.enroll(FirstokenScenario.of(number), CardType.of(number), false)
                .orElseThrow();
        assertEquals(veres, result.veresEnrolled());
        assertEquals(pares, result.paresStatus());
        assertEquals(eciRaw, result.eciRaw());
        assertEquals(eci, result.eci());
        assertEquals(indicator, result.commerceIndicator());
        assertEquals(reason, result.reason());
        assertEquals(status, result.status().wireName());
        if (eci != null) {
            assertEquals(20, Base64.getDecoder().decode(result.cavv()).length);
        } else {
            assertNull(result.cavv());
        }
    }

    @ParameterizedTest(name = "{0} steps up")
    @CsvSource({"4000000000002503", "4111111111111111", "5200000000052503", "4000000000002370", "4000000000002420",
            "4000000000000002"})
    void stepsUp(String card) {
        CardNumber number = new CardNumber(card);
        assertTrue(Issuer.enroll(FirstokenScenario.of(number), CardType.of(number), true).isEmpty());
    }

    @Test
    void requireMethodUrlStepsUpWithoutDeviceData() {
        CardType visa = CardType.VISA;
        assertTrue(Issuer.enroll(FirstokenScenario.REQUIRE_METHOD_URL, visa, false).isEmpty());
        AuthenticationResult result = Issuer.enroll(FirstokenScenario.REQUIRE_METHOD_URL, visa, true).orElseThrow();
        assertEquals("Y", result.paresStatus());
        assertEquals("05", result.eciRaw());
    }

    @ParameterizedTest(name = "{0} answered {1}: {2} {3}")
    @CsvSource(nullValues = "null", value = {
            "4000000000002503, CORRECT_CODE, Y, 05, vbv,      null",
            "4000000000002503, WRONG_CODE,   N, 07, internet, 01",
            "4000000000002503, CANCEL,       U, 07, internet, 26",
            "4111111111111111, CORRECT_CODE, Y, 05, vbv,      null",
            "5200000000052503, CORRECT_CODE, Y, 02, spa,      null",
            "5200000000052503, WRONG_CODE,   N, 00, internet, 01",
            "4000000000002370, CORRECT_CODE, N, 07, internet, 01",
            "4000000000002370, CANCEL,       N, 07, internet, 01",
            "4000000000002420, CORRECT_CODE, U, 07, internet, 22",
            "4000000000002420, WRONG_CODE,   U, 07, internet, 22",
            "4000000000000002, CORRECT_CODE, Y, 05, vbv,      null",
            "4000000000000002, WRONG_CODE,   N, 07, internet, 01",
            "4000100000000000, CORRECT_CODE, Y, 05, vbv,      null"})
    void stepUpAnswer(String card, ShopperAnswer answer, String pares, String eciRaw, String indicator,
                      String reason) {
        CardNumber number = new CardNumber(card);
        AuthenticationResult result = Issuer.answer(FirstokenScenario.of(number), CardType.of(number), answer);
        assertEquals("Y", result.veresEnrolled());
        assertEquals(pares, result.paresStatus());
        assertEquals(eciRaw, result.eciRaw());
        assertEquals(indicator, result.commerceIndicator());
        assertEquals(reason, result.reason());
        assertEquals("Y".equals(pares), result.cavv() != null);
    }

    @Test
    void idsFollowTheProtocol() {
        AuthenticationIds v2 = Issuer.ids(FirstokenScenario.SUCCESSFUL_STEP_UP);
        assertEquals("2.2.0", v2.specificationVersion());
        assertNotNull(v2.threeDSServerTransactionId());
        assertNotNull(v2.directoryServerTransactionId());
        assertNotNull(v2.acsTransactionId());
        assertNull(v2.xid());

        AuthenticationIds v1 = Issuer.ids(FirstokenScenario.THREE_DS_1_STEP_UP);
        assertEquals("1.0.2", v1.specificationVersion());
        assertEquals(20, Base64.getDecoder().decode(v1.xid()).length);
        assertNull(v1.threeDSServerTransactionId());
        assertNull(v1.acsTransactionId());
        assertTrue(v1.reachedAcs());

        AuthenticationIds lookup = Issuer.ids(FirstokenScenario.BYPASSED_AUTHENTICATION);
        assertNotNull(lookup.threeDSServerTransactionId());
        assertNull(lookup.acsTransactionId());
        assertNull(lookup.directoryServerTransactionId());
        assertTrue(!lookup.reachedAcs());
    }

    @Test
    void stepUpAnswerFromTheForm() {
        assertEquals(ShopperAnswer.CORRECT_CODE, ShopperAnswer.of("submit", " 1234 "));
        assertEquals(ShopperAnswer.WRONG_CODE, ShopperAnswer.of("submit", "0000"));
        assertEquals(ShopperAnswer.WRONG_CODE, ShopperAnswer.of(null, null));
        assertEquals(ShopperAnswer.CANCEL, ShopperAnswer.of("cancel", "1234"));
    }
}
