package io.threeds.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class CanonicalXmlTest {

    @Test
    void writesTagsAttributesInNameOrderAndEscapedText() {
        Element message = ThreeDSecureXml.newMessage("m&1");
        Element paRes = ThreeDSecureXml.add(message, "PARes");
        paRes.setAttribute("z", "\"<q>\"");
        paRes.setAttribute("a", "1");
        ThreeDSecureXml.add(paRes, "url", "https://m.example/?a=1&b=<2>");
        ThreeDSecureXml.add(paRes, "empty");
        ThreeDSecureXml.add(paRes, "absent", null);
        assertEquals("<PARes a=\"1\" z=\"&quot;&lt;q>&quot;\"><url>https://m.example/?a=1&amp;b=&lt;2&gt;</url>"
                + "<empty></empty></PARes>", CanonicalXml.of(paRes));
        assertEquals("<ThreeDSecure><Message id=\"m&amp;1\">" + CanonicalXml.of(paRes) + "</Message></ThreeDSecure>",
                CanonicalXml.of(message.getOwnerDocument().getDocumentElement()));
    }
}
