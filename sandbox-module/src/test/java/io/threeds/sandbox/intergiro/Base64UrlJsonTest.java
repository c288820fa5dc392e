package io.threeds.sandbox.intergiro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.RequestBody;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64UrlJsonTest {
    /** The seed's method notification and cres, as 3dsecure.io sends them: base64url, no padding. */
    static final String SEED_NOTIFICATION =
            "eyJ0aHJlZURTU2VydmVyVHJhbnNJRCI6ImRlZDI5ZjBkLTAwYWQtNGU2Yy05N2U4LWNiNjJhNDAxNjNhOCJ9";
    static final String SEED_CRES = "eyJhY3NUcmFuc0lEIjoiODc3OTFjZWUtMjUxNC00MzZjLWJlZDgtYTYzYTg3YmJkZjAxIiwiY2hhbGxl"
            + "bmdlQ29tcGxldGlvbkluZCI6IlkiLCJtZXNzYWdlVHlwZSI6IkNSZXMiLCJtZXNzYWdlVmVyc2lvbiI6IjIuMS4wIiwidGhyZWVE"
            + "U1NlcnZlclRyYW5zSUQiOiJkNDFmNjIwMC0wNDM1LTQ5ZWUtYWExMS1mMzY2ZjA2NjFjNmYiLCJ0cmFuc1N0YXR1cyI6IlkifQ";

    @Test
    void decodesTheSeedsBlobs() {
        assertEquals("ded29f0d-00ad-4e6c-97e8-cb62a40163a8",
                Base64UrlJson.decode(SEED_NOTIFICATION).flatMap(json -> json.text("threeDSServerTransID")).orElseThrow());
        RequestBody cres = Base64UrlJson.decode(SEED_CRES).orElseThrow();
        assertEquals("CRes", cres.text("messageType").orElseThrow());
        assertEquals("Y", cres.text("transStatus").orElseThrow());
    }

    @Test
    void encodesWithTheUrlAlphabetAndWithoutPadding() {
        String encoded = Base64UrlJson.encode(Json.createObjectBuilder().add("k", "??>>~").build());
        assertFalse(encoded.contains("="), encoded);
        assertFalse(encoded.contains("+") || encoded.contains("/"), encoded);
        assertEquals("{\"k\":\"??>>~\"}", new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
    }

    @Test
    void reproducesTheSeedsNotificationByteForByte() {
        assertEquals(SEED_NOTIFICATION, Base64UrlJson.encode(Json.createObjectBuilder()
                .add("threeDSServerTransID", "ded29f0d-00ad-4e6c-97e8-cb62a40163a8").build()));
    }

    @Test
    void acceptsPaddingTheStandardAlphabetAndWhiteSpace() {
        byte[] json = "{\"k\":\"??>>~\"}".getBytes(StandardCharsets.UTF_8);
        String padded = Base64.getUrlEncoder().encodeToString(json);
        String standard = Base64.getEncoder().encodeToString(json);
        assertTrue(padded.endsWith("="));
        assertTrue(standard.contains("/") || standard.contains("+"), standard);
        for (String text : new String[] {padded, standard, " " + padded + "\n"}) {
            assertEquals("??>>~", Base64UrlJson.decode(text).flatMap(body -> body.text("k")).orElseThrow(), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "not base64!", "WzEsMl0", "bm90IGpzb24"})
    void yieldsNothingForWhatIsNotAnEncodedObject(String text) {
        assertTrue(Base64UrlJson.decode(text).isEmpty(), text);
    }

    @Test
    void yieldsNothingForNull() {
        assertTrue(Base64UrlJson.decode(null).isEmpty());
    }
}
