package io.threeds.gateway.web.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormFieldsTest {

    @Test
    void decodesFormsAsBrowsersSendThem() {
        assertEquals(Map.of("PaRes", "eJz+/=", "MD", "a b"), FormFields.parse("PaRes=eJz%2B%2F%3D&MD=a+b"));
    }

    @Test
    void keepsBrokenEncodingAsSentAndTheFirstOfRepeatedFields() {
        assertEquals("%%%", FormFields.parse("cres=%%%").get("cres"));
        assertEquals("1", FormFields.parse("t=1&t=2").get("t"));
        assertTrue(FormFields.parse("").isEmpty());
    }
}
