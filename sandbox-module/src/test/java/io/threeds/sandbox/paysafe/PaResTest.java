package io.threeds.sandbox.paysafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.ThreeDSecureXml;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaResTest {
    private final Enrollment visa = Fixtures.enrollment("4000000000002701");

    @Test
    void encodesAndDecodesToTheSamePaRes() {
        PaRes issued = PaRes.issue(PaReq.decode(visa.paReq()).orElseThrow(), visa.card(), PaResStatus.Y, Fixtures.NOW);
        PaRes.Received received = PaRes.decode(issued.encode(Fixtures.SIGNATURE), Fixtures.SIGNATURE).orElseThrow();
        assertEquals(issued, received.paRes());
        assertTrue(received.signatureValid());
    }

    @Test
    void isARealPaResDocument() {
        String xml = Deflated.inflate(Fixtures.paRes(visa, PaResStatus.Y));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ThreeDSecure><Message id=\""), xml);
        assertTrue(xml.contains("<PARes id=\"PARes-"), xml);
        assertTrue(xml.contains("<version>1.0.2</version><Merchant><acqBIN>400551</acqBIN><merID>89987201</merID>"
                + "</Merchant><Purchase><xid>" + visa.xid() + "</xid><date>20141211 12:20:52</date>"
                + "<purchAmount>1000</purchAmount><currency>840</currency><exponent>2</exponent></Purchase>"
                + "<pan>0000000000002701</pan><TX><time>20141211 12:20:52</time><status>Y</status><cavv>"), xml);
        assertTrue(xml.contains("</cavv><eci>05</eci><cavvAlgorithm>2</cavvAlgorithm></TX></PARes><Signature>"), xml);
        assertTrue(xml.endsWith("</Signature></Message></ThreeDSecure>"), xml);
        assertFalse(xml.contains("4000000000002701"));
    }

    @Test
    void theCavvIsBase64OfTwentyBytes() {
        PaRes paRes = PaRes.issue(PaReq.decode(visa.paReq()).orElseThrow(), visa.card(), PaResStatus.A, Fixtures.NOW);
        assertEquals(20, Base64.getDecoder().decode(paRes.cavv()).length);
        assertEquals("06", paRes.eci());
    }

    @Test
    void aMastercardGetsItsOwnEciAndAlgorithm() {
        Enrollment mastercard = Fixtures.enrollment("5200000000052701");
        PaRes paRes = PaRes.issue(PaReq.decode(mastercard.paReq()).orElseThrow(), mastercard.card(), PaResStatus.Y,
                Fixtures.NOW);
        assertEquals("02", paRes.eci());
        assertEquals("3", paRes.cavvAlgorithm());
        assertEquals("0000000000002701", paRes.pan());
    }

    @Test
    void aFailedAuthenticationHasNoCavvNorEci() {
        String xml = Deflated.inflate(Fixtures.paRes(visa, PaResStatus.N));
        assertTrue(xml.contains("<TX><time>20141211 12:20:52</time><status>N</status></TX>"), xml);
    }

    @Test
    void anAlteredPaResKeepsWhatItSaysButFailsItsSignature() {
        Enrollment declined = Fixtures.enrollment("4000000000002925");
        String forged = Deflated.deflate(Deflated.inflate(Fixtures.paRes(declined, PaResStatus.N))
                .replace("<status>N</status>", "<status>Y</status>"));
        PaRes.Received received = PaRes.decode(forged, Fixtures.SIGNATURE).orElseThrow();
        assertEquals("Y", received.paRes().status());
        assertFalse(received.signatureValid());
    }

    @Test
    void anyChangeToThePaResBreaksTheSignature() {
        String xml = Deflated.inflate(Fixtures.paRes(visa, PaResStatus.Y));
        for (String[] change : new String[][]{
                {"<eci>05</eci>", "<eci>06</eci>"},
                {"<purchAmount>1000</purchAmount>", "<purchAmount>1</purchAmount>"},
                {"<PARes id=\"PARes-", "<PARes id=\"other-"},
                {"<pan>0000000000002701</pan>", "<pan>0000000000002702</pan>"}}) {
            String forged = Deflated.deflate(xml.replace(change[0], change[1]));
            assertFalse(PaRes.decode(forged, Fixtures.SIGNATURE).orElseThrow().signatureValid(), change[0]);
        }
    }

    @Test
    void aReformattedButUnchangedPaResStillVerifies() {
        String xml = Deflated.inflate(Fixtures.paRes(visa, PaResStatus.Y))
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
                .replace("<Signature>", "\n  <!-- signed -->\n  <Signature>");
        assertTrue(PaRes.decode(Deflated.deflate(xml), Fixtures.SIGNATURE).orElseThrow().signatureValid());
    }

    @Test
    void anotherKeyOrNoSignatureDoesNotVerify() {
        String paRes = Fixtures.paRes(visa, PaResStatus.Y);
        assertFalse(PaRes.decode(paRes, new PaResSignature("another key")).orElseThrow().signatureValid());
        String unsigned = Deflated.deflate(Deflated.inflate(paRes).replaceAll("<Signature>.*</Signature>", ""));
        PaRes.Received received = PaRes.decode(unsigned, Fixtures.SIGNATURE).orElseThrow();
        assertFalse(received.signatureValid());
        assertEquals("Y", received.paRes().status());
    }

    @Test
    void toleratesAFormDecodersSpacesAndLineBreaks() {
        String paRes = Fixtures.paRes(visa, PaResStatus.Y);
        String mangled = paRes.replace('+', ' ').replaceAll("(.{76})", "$1\r\n");
        assertTrue(PaRes.decode(mangled, Fixtures.SIGNATURE).orElseThrow().signatureValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "eJzz",
            "not base64 at all!",
            "bm90IGRlZmxhdGVk",
            // the seed's PaRes, cut after 200 characters as the seed's own copy is corrupted (G-P6)
            "eJzNWFeT4kgS/isTvY8dPXIIs0GzUbJIIIGE/MuGHDLIgAwyv/4KmOlhZzsu9m7u4XihlKT5Miu/rBLLP/o8+3INqzopi/cX7Cv68iUs/DJIiuj9Rde4t/nLH6ulFldhyBxCv63C1VIK69qNwi9J8P5SnQb0K/oV+/Oa"
    })
    void aPaResThatDoesNotDecodeIsNoPaRes(String text) {
        assertEquals(Optional.empty(), PaRes.decode(text, Fixtures.SIGNATURE));
    }

    @Test
    void refusesXmlThatIsNotAPaRes() {
        assertEquals(Optional.empty(), PaRes.decode(Deflated.deflate("<ThreeDSecure><Message id=\"1\"/></ThreeDSecure>"),
                Fixtures.SIGNATURE));
        assertEquals(Optional.empty(), PaRes.decode(Deflated.deflate("<Other><Message><PARes/></Message></Other>"),
                Fixtures.SIGNATURE));
        assertEquals(Optional.empty(), PaRes.decode(Deflated.deflate("<ThreeDSecure><Message>"), Fixtures.SIGNATURE));
        assertEquals(Optional.empty(), PaRes.decode(visa.paReq(), Fixtures.SIGNATURE), "a PaReq is no PaRes");
    }

    @Test
    void refusesDoctypesAndTheirEntities() {
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<ThreeDSecure><Message id=\"1\"><PARes><TX><status>&e;</status></TX></PARes></Message></ThreeDSecure>";
        assertEquals(Optional.empty(), PaRes.decode(Deflated.deflate(entity), Fixtures.SIGNATURE));
    }

    @Test
    void refusesMessagesThatInflateBeyondTheLimit() {
        String huge = "<ThreeDSecure><Message id=\"1\"><PARes><pan>" + "0".repeat(ThreeDSecureXml.MAX_INFLATED)
                + "</pan></PARes></Message></ThreeDSecure>";
        String deflated = Deflated.deflate(huge);
        assertTrue(deflated.length() < 65536, "fits in the paRes member");
        assertEquals(Optional.empty(), PaRes.decode(deflated, Fixtures.SIGNATURE));
    }

    @Test
    void readsMissingElementsAsNull() {
        PaRes.Received received = PaRes.decode(Deflated.deflate(
                "<ThreeDSecure><Message id=\"m\"><PARes><TX><status>U</status></TX></PARes></Message></ThreeDSecure>"),
                Fixtures.SIGNATURE).orElseThrow();
        assertEquals("U", received.paRes().status());
        assertEquals("m", received.paRes().messageId());
        assertNull(received.paRes().xid());
        assertNull(received.paRes().cavv());
    }
}
