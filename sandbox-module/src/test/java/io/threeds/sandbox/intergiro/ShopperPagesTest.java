package io.threeds.sandbox.intergiro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShopperPagesTest {
    private static final String EVIL = "\"><script>alert('x')</script>";

    @Test
    void autoPostSubmitsItselfAndOffersContinue() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("PaRes", "abc");
        fields.put("MD", "m&d");
        String page = ShopperPages.autoPost("Done", "https://gateway.example/cb?a=1&b=2", fields);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<form id=\"continue\" method=\"post\" action=\"https://gateway.example/cb?a=1&amp;b=2\">"));
        assertTrue(page.contains("<input type=\"hidden\" name=\"MD\" value=\"m&amp;d\">"));
        assertTrue(page.contains("<button type=\"submit\">Continue</button>"));
        assertTrue(page.contains("<script>document.getElementById(\"continue\").submit();</script>"));
        SubmittedForm form = SubmittedForm.of(page);
        assertEquals(List.of("PaRes", "MD"), List.copyOf(form.fields().keySet()));
        assertEquals("https://gateway.example/cb?a=1&b=2", form.action());
    }

    @Test
    void autoPostEscapesEveryValue() {
        String page = ShopperPages.autoPost(EVIL, EVIL, Map.of(EVIL, EVIL));
        assertFalse(page.contains("<script>alert"));
        assertEquals(1, page.split("<script>", -1).length - 1, "only the page's own script");
        SubmittedForm form = SubmittedForm.of(page);
        assertEquals(EVIL, form.action());
        assertEquals(EVIL, form.field(EVIL));
    }

    @Test
    void oneTimeCodePageHasTheLabelledFieldBothButtonsAndNoCardNumber() {
        Fixture sandbox = new Fixture();
        Cycle cycle = sandbox.cycle(sandbox.post("4000000000002503"));
        String page = ShopperPages.oneTimeCode("3-D Secure authentication", cycle, "3-D Secure 2.2.0",
                "/sandbox/intergiro/browser/challenge/manual/answer", Map.of("creq", EVIL));
        assertTrue(page.contains("<form method=\"post\" action=\"/sandbox/intergiro/browser/challenge/manual/answer\">"));
        assertTrue(page.contains("<label for=\"otp\">One-time code</label>"));
        assertTrue(page.contains("<input type=\"text\" id=\"otp\" name=\"otp\""));
        assertTrue(page.contains("<button type=\"submit\" name=\"action\" value=\"submit\">"));
        assertTrue(page.contains("<button type=\"submit\" name=\"action\" value=\"cancel\">"));
        assertTrue(page.contains("10 EUR"));
        assertTrue(page.contains("************2503"));
        assertFalse(page.contains("4000000000002503"));
        assertFalse(page.contains("<script>"));
        assertEquals(EVIL, SubmittedForm.of(page).field("creq"));
    }

    @Test
    void messageEscapes() {
        String page = ShopperPages.message(EVIL, EVIL);
        assertFalse(page.contains("<script>"));
        assertEquals(400, Page.badRequest(EVIL, EVIL).status());
    }
}
