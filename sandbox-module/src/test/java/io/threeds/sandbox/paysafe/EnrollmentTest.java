package io.threeds.sandbox.paysafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.CardNumber;
import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnrollmentTest {

    @Test
    void anEnrolledCardGoesToTheAcs() {
        JsonObject json = Fixtures.enrollment("4000000000000002").toJson();
        assertEquals(Set.of("id", "merchantRefNum", "amount", "currency", "txnTime", "status", "threeDEnrollment",
                "acsURL", "paReq"), json.keySet());
        assertEquals("order-1-enroll", json.getString("merchantRefNum"));
        assertEquals(1000, json.getInt("amount"));
        assertEquals("USD", json.getString("currency"));
        assertEquals("2014-12-11T12:20:52Z", json.getString("txnTime"));
        assertEquals("COMPLETED", json.getString("status"));
        assertEquals("Y", json.getString("threeDEnrollment"));
        assertEquals(Fixtures.ACS_URL, json.getString("acsURL"));
        assertTrue(PaReq.decode(json.getString("paReq")).isPresent());
    }

    @ParameterizedTest(name = "{0}: threeDEnrollment {1}")
    @CsvSource({"4000000000002446, U", "4000000000002990, U", "4000000000002560, N"})
    void aCardNotEnrolledHasNoAcs(String card, String enrolled) {
        Enrollment enrollment = Fixtures.enrollment(card);
        JsonObject json = enrollment.toJson();
        assertEquals(enrolled, json.getString("threeDEnrollment"));
        assertFalse(json.containsKey("acsURL"));
        assertFalse(json.containsKey("paReq"));
        assertNull(enrollment.xid());
    }

    @Test
    void keepsTheCardOnlyMaskedAndFingerprinted() {
        Enrollment enrollment = Fixtures.enrollment("4000000000002701");
        assertFalse(enrollment.toString().contains("4000000000002701"));
        assertEquals("0000000000002701", enrollment.card().zeroMasked());
        assertEquals("************2701", enrollment.card().starMasked());
        assertTrue(enrollment.card().matches(new CardNumber("4000 0000 0000 2701")));
        assertFalse(enrollment.card().matches(new CardNumber("5200000000002701")));
    }
}
