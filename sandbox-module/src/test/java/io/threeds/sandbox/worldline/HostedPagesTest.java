package io.threeds.sandbox.worldline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.RequestBody;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostedPagesTest {
    private static final String EVIL = "<script>alert('x')</script>";

    @Test
    void challengePageHasTheCodeFieldAndBothButtons() {
        String page = HostedPages.challenge(payment("70417", "EUR", "4000000000002503"),
                "/sandbox/worldline/3dsecure/abc");
        assertTrue(page.contains("<form method=\"post\" action=\"/sandbox/worldline/3dsecure/abc\">"));
        assertTrue(page.contains("<label for=\"otp\">One-time code</label>"));
        assertTrue(page.contains("name=\"otp\""));
        assertTrue(page.contains("<button type=\"submit\" name=\"action\" value=\"submit\">"));
        assertTrue(page.contains("<button type=\"submit\" name=\"action\" value=\"cancel\">"));
        assertTrue(page.contains("1.00 EUR"));
        assertTrue(page.contains("************2503"));
        assertFalse(page.contains("4000000000002503"));
    }

    @Test
    void challengePageEscapesEveryValue() {
        String page = HostedPages.challenge(payment(EVIL, EVIL, "4000000000002503"), "/x\"><script>y</script>");
        assertFalse(page.contains("<script>"));
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(page.contains("action=\"/x&quot;&gt;&lt;script&gt;y&lt;/script&gt;\""));
    }

    @Test
    void passwordPageCarriesTheMd() {
        Payment payment = payment("70417", "EUR", "4000000000000002");
        String page = HostedPages.password(payment, "/sandbox/worldline/3dsecure/" + payment.redirect().id());
        assertTrue(page.contains("name=\"MD\" value=\"" + payment.redirect().id() + "\""));
        assertTrue(page.contains("name=\"otp\""));
    }

    @Test
    void redirectorSubmitsItselfAndOffersContinue() {
        String page = HostedPages.redirector("/sandbox/worldline/acs/abc", Map.of("MD", "\"abc\""));
        assertTrue(page.contains("<form id=\"continue\" method=\"post\" action=\"/sandbox/worldline/acs/abc\">"));
        assertTrue(page.contains("<input type=\"hidden\" name=\"MD\" value=\"&quot;abc&quot;\">"));
        assertTrue(page.contains("<button type=\"submit\">Continue</button>"));
        assertTrue(page.contains("document.getElementById(\"continue\").submit();"));
    }

    @Test
    void messagePageEscapes() {
        String page = HostedPages.message(EVIL, EVIL);
        assertFalse(page.contains("<script>"));
    }

    private static Payment payment(String merchantId, String currency, String card) {
        RequestBody body = RequestBody.parse("""
                {"order": {"amountOfMoney": {"amount": 100, "currencyCode": "%s"}},
                 "cardPaymentMethodSpecificInput": {"card": {"cardNumber": "%s", "expiryDate": "1230"}}}
                """.formatted(currency.replace("\"", "\\\""), card)).orElseThrow();
        CardNumber number = new CardNumber(card);
        return Payment.open("000007041700000000010000100001", merchantId, Order.of(body, number),
                WorldlineScenario.of(number), Instant.now());
    }
}
