package io.threeds.sandbox.paysafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthenticationTest {
    private static final URI BASE = URI.create("http://localhost:9080/sandbox/");

    @ParameterizedTest(name = "{0} {1} -> eci {2}")
    @CsvSource({
            "4000000000002701, Y, 5",
            "4000000000002719, A, 6",
            "5200000000052701, Y, 2",
            "5200000000052701, A, 1",
            "4000000000002925, N, ",
            "4000000000002313, U, ",
            "5200000000052925, N, "})
    void answersTheEciAsAnIntegerForYAndAOnly(String card, PaResStatus status, Integer eci) {
        Enrollment enrollment = Fixtures.enrollment(card);
        JsonObject json = validate(enrollment, Fixtures.paRes(enrollment, status)).toJson(BASE);
        assertEquals(status.name(), json.getString("threeDResult"));
        assertEquals("Y", json.getString("signatureStatus"));
        if (eci == null) {
            assertFalse(json.containsKey("eci"));
            assertFalse(json.containsKey("cavv"));
        } else {
            assertEquals(eci, json.getJsonNumber("eci").intValueExact());
            assertEquals(String.valueOf(eci), json.get("eci").toString(), "a JSON integer, no leading zero");
            assertEquals(28, json.getString("cavv").length());
        }
    }

    @Test
    void hasTheSeedsShape() {
        Enrollment enrollment = Fixtures.enrollment("4000000000002701");
        Authentication authentication = validate(enrollment, Fixtures.paRes(enrollment, PaResStatus.Y));
        JsonObject json = authentication.toJson(BASE);
        assertEquals(Set.of("id", "merchantRefNum", "threeDResult", "signatureStatus", "status", "cavv", "xid", "eci",
                "txnTime", "links"), json.keySet());
        assertEquals("merchantABC-123-authentications", json.getString("merchantRefNum"));
        assertEquals("COMPLETED", json.getString("status"));
        assertEquals(enrollment.xid(), json.getString("xid"));
        assertEquals("2014-12-11T12:20:52Z", json.getString("txnTime"));
        assertEquals(36, json.getString("id").length());
        JsonObject self = json.getJsonArray("links").getJsonObject(0);
        assertEquals("self", self.getString("rel"));
        assertEquals("http://localhost:9080/sandbox/paysafe/threedsecure/v1/accounts/89987201/authentications/"
                + authentication.id(), self.getString("href"));
    }

    @Test
    void aPaResThatDoesNotDecodeIsEWithSignatureN() {
        Enrollment enrollment = Fixtures.enrollment("4000000000002701");
        Authentication authentication = validate(enrollment, "eJzz");
        assertEquals("E", authentication.threeDResult());
        assertEquals("N", authentication.signatureStatus());
        assertNull(authentication.eci());
        assertNull(authentication.cavv());
        assertEquals(enrollment.xid(), authentication.xid());
    }

    @Test
    void anAlteredPaResKeepsItsStatusWithSignatureN() {
        Enrollment enrollment = Fixtures.enrollment("4000000000002925");
        String forged = Deflated.deflate(Deflated.inflate(Fixtures.paRes(enrollment, PaResStatus.N))
                .replace("<status>N</status>", "<status>Y</status>"));
        Authentication authentication = validate(enrollment, forged);
        assertEquals("Y", authentication.threeDResult());
        assertEquals("N", authentication.signatureStatus());
    }

    @Test
    void aPaResOfAnotherTransactionIsE() {
        Enrollment enrollment = Fixtures.enrollment("4000000000002701");
        Enrollment other = Fixtures.enrollment("4000000000002701");
        Authentication authentication = validate(enrollment, Fixtures.paRes(other, PaResStatus.Y));
        assertEquals("E", authentication.threeDResult());
        assertEquals("Y", authentication.signatureStatus(), "the ACS did sign it");
        assertNull(authentication.cavv());
        assertEquals(enrollment.xid(), authentication.xid());
    }

    @Test
    void aStatusOutsideYANUIsE() {
        Enrollment enrollment = Fixtures.enrollment("4000000000002701");
        String odd = Deflated.deflate(Deflated.inflate(Fixtures.paRes(enrollment, PaResStatus.Y))
                .replace("<status>Y</status>", "<status>R</status>"));
        assertEquals("E", validate(enrollment, odd).threeDResult());
    }

    @Test
    void readsTwoDigitEcisAsIntegers() {
        assertEquals(5, Authentication.eci("05"));
        assertEquals(2, Authentication.eci("02"));
        assertEquals(7, Authentication.eci("7"));
        assertNull(Authentication.eci("5a"));
        assertNull(Authentication.eci(null));
    }

    @Test
    void encodesAnOddAccountInTheSelfLink() {
        Enrollment enrollment = Fixtures.enrollment("4000000000002701");
        Authentication authentication = validate(enrollment, "eJzz");
        Authentication odd = new Authentication(authentication.id(), "acc ount/1", authentication.enrollmentId(),
                "r", "E", "N", null, null, null, Fixtures.NOW);
        assertTrue(odd.toJson(URI.create("http://h/sandbox")).getJsonArray("links").getJsonObject(0).getString("href")
                .startsWith("http://h/sandbox/paysafe/threedsecure/v1/accounts/acc%20ount%2F1/authentications/"));
    }

    private static Authentication validate(Enrollment enrollment, String paRes) {
        return Authentication.validate(enrollment, "merchantABC-123-authentications", paRes, Fixtures.SIGNATURE,
                Fixtures.NOW);
    }
}
