package io.threeds.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlPageTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
                HtmlPage.escape("<script>alert(\"x\")</script> & 'y'"));
    }

    @Test
    void escapesNullToNothing() {
        assertEquals("", HtmlPage.escape(null));
    }

    @Test
    void escapesTheTitle() {
        String page = HtmlPage.document("<b>Pay</b>", "<p>ok</p>");
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<title>&lt;b&gt;Pay&lt;/b&gt;</title>"));
        assertFalse(page.contains("<b>Pay</b>"));
        assertTrue(page.contains("<meta charset=\"UTF-8\">"));
    }
}
