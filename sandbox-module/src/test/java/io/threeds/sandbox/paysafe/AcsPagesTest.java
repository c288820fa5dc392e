package io.threeds.sandbox.paysafe;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcsPagesTest {
    private static final String EVIL = "\"><script>alert('x')</script>";

    @Test
    void theCodePageHasTheCodeFieldBothButtonsAndTheHiddenFields() {
        Enrollment enrollment = Fixtures.enrollment("4000000000002503");
        PaReq paReq = PaReq.decode(enrollment.paReq()).orElseThrow();
        String page = AcsPages.code(paReq, enrollment.card(), "/sandbox/paysafe/acs/answer", enrollment.paReq(),
                "https://gw.example/3ds/a1/challenge-complete", "a1");
        assertTrue(page.contains("<form method=\"post\" action=\"/sandbox/paysafe/acs/answer\">"), page);
        assertTrue(page.contains("<input type=\"hidden\" name=\"PaReq\" value=\"" + enrollment.paReq() + "\">"));
        assertTrue(page.contains(
                "<input type=\"hidden\" name=\"TermUrl\" value=\"https://gw.example/3ds/a1/challenge-complete\">"));
        assertTrue(page.contains("<input type=\"hidden\" name=\"MD\" value=\"a1\">"));
        assertTrue(page.contains("<label for=\"otp\">One-time code</label>"));
        assertTrue(page.contains("<input type=\"text\" id=\"otp\" name=\"otp\""));
        assertTrue(page.contains("<button type=\"submit\" name=\"action\" value=\"submit\">"));
        assertTrue(page.contains("<button type=\"submit\" name=\"action\" value=\"cancel\">"));
        assertTrue(page.contains("10.00 USD"));
        assertTrue(page.contains("************2503"));
        assertFalse(page.contains("4000000000002503"));
    }

    @Test
    void theReturnPagePostsPaResAndMdToTermUrlAndOffersContinue() {
        String page = AcsPages.backToMerchant("https://gw.example/3ds/a1/challenge-complete", "eJz+/=", "a1");
        assertTrue(page.contains(
                "<form id=\"pares\" method=\"post\" action=\"https://gw.example/3ds/a1/challenge-complete\">"), page);
        assertTrue(page.contains("<input type=\"hidden\" name=\"PaRes\" value=\"eJz+/=\">"));
        assertTrue(page.contains("<input type=\"hidden\" name=\"MD\" value=\"a1\">"));
        assertTrue(page.contains("<button type=\"submit\">Continue</button>"));
        assertTrue(page.contains("document.getElementById(\"pares\").submit();"));
    }

    @Test
    void everyValueIsEscaped() {
        Enrollment enrollment = Fixtures.enrollment("4000000000002503");
        PaReq paReq = PaReq.decode(enrollment.paReq()).orElseThrow();
        PaReq evilMerchant = new PaReq(paReq.messageId(), paReq.acquirerBin(), paReq.merchantId(), EVIL,
                paReq.merchantCountry(), paReq.merchantUrl(), paReq.xid(), paReq.date(), EVIL, paReq.purchAmount(),
                paReq.currency(), paReq.exponent(), paReq.cardholderAccount(), paReq.expiry());
        String code = AcsPages.code(evilMerchant, enrollment.card(), EVIL, EVIL, EVIL, EVIL);
        String back = AcsPages.backToMerchant(EVIL, EVIL, EVIL);
        String message = AcsPages.message(EVIL, EVIL);
        for (String page : new String[]{code, back, message}) {
            assertFalse(page.contains("<script>alert"), page);
            assertFalse(page.contains("\"><"), page);
            assertTrue(page.contains("&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), page);
        }
    }
}
