package io.threeds.sandbox.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class CruisePagesTest {
    private static final String EVIL = "\"><script>alert('x')</script>";
    private static final String ESCAPED = "&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

    @Test
    void deviceDataCollectionEscapesTheSession() {
        String page = CruisePages.deviceDataCollection(EVIL, 500);
        assertFalse(page.contains("<script>alert"));
        assertTrue(page.contains("profiling session " + ESCAPED));
        assertTrue(page.contains("&quot;SessionId&quot;:&quot;\\&quot;&gt;&lt;script&gt;"), page);
    }

    @Test
    void stepUpEscapesEveryValue() {
        StepUp stepUp = new StepUp("tx", "ref", FirstokenScenario.SUCCESSFUL_STEP_UP, CardType.VISA, EVIL,
                new Amount("10.00", "MXN"), AuthenticationIds.version2(), "https://merchant.com/r", null);
        String page = CruisePages.stepUp(stepUp, "/answer" + EVIL, EVIL, EVIL);
        assertFalse(page.contains("<script>"));
        assertTrue(page.contains("action=\"/answer" + ESCAPED + "\""));
        assertTrue(page.contains("name=\"JWT\" value=\"" + ESCAPED + "\""));
        assertTrue(page.contains("name=\"MD\" value=\"" + ESCAPED + "\""));
        assertTrue(page.contains("with card " + ESCAPED));
    }

    @Test
    void threeDSecureOneStepUpSaysSo() {
        StepUp stepUp = new StepUp("tx", "ref", FirstokenScenario.THREE_DS_1_STEP_UP, CardType.VISA,
                "************0002", new Amount("10.00", "MXN"), AuthenticationIds.version1(), "https://merchant.com/r",
                null);
        assertTrue(CruisePages.stepUp(stepUp, "/answer", "jwt", null).contains("3-D Secure 1.0.2."));
    }

    @Test
    void backToMerchantEscapesEveryValue() {
        String page = CruisePages.backToMerchant("https://merchant.com/r?a=1&b=" + EVIL, EVIL, EVIL);
        assertTrue(page.contains("action=\"https://merchant.com/r?a=1&amp;b=" + ESCAPED + "\""));
        assertTrue(page.contains("name=\"TransactionId\" value=\"" + ESCAPED + "\""));
        assertTrue(page.contains("name=\"MD\" value=\"" + ESCAPED + "\""));
        assertFalse(page.contains("<script>alert"));
    }

    @Test
    void pagesLiveUnderTheBaseUri() {
        assertEquals(URI.create("http://localhost:9080/sandbox/firstoken/V1/Cruise/Collect"),
                CruisePages.at(URI.create("http://localhost:9080/sandbox/"), "firstoken/V1/Cruise/Collect"));
        assertEquals(URI.create("http://localhost:9080/sandbox/firstoken/V2/Cruise/StepUp"),
                CruisePages.at(URI.create("http://localhost:9080/sandbox"), "firstoken/V2/Cruise/StepUp"));
    }

    @Test
    void messageEscapes() {
        String page = CruisePages.message(EVIL, EVIL);
        assertFalse(page.contains("<script>"));
    }
}
