package io.threeds.sandbox.paysafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaReqTest {

    @Test
    void carriesTheTransactionTheMerchantAndTheMaskedCard() {
        EnrollmentCheck check = Fixtures.enrollmentCheck("4000000000002503");
        PaReq paReq = PaReq.of(Fixtures.ACCOUNT, check, EnrolledCard.of(check.card()), "eGlk", Fixtures.NOW);
        assertEquals("eGlk", paReq.xid());
        assertEquals("89987201", paReq.merchantId());
        assertEquals("https://merchant.example", paReq.merchantUrl());
        assertEquals("20141211 12:20:52", paReq.date());
        assertEquals("10.00 USD", paReq.amount());
        assertEquals("1000", paReq.purchAmount());
        assertEquals("840", paReq.currency());
        assertEquals("2", paReq.exponent());
        assertEquals("************2503", paReq.cardholderAccount());
        assertEquals("3012", paReq.expiry());
    }

    @Test
    void encodesAndDecodesToTheSamePaReq() {
        EnrollmentCheck check = Fixtures.enrollmentCheck("4000000000002503");
        PaReq paReq = PaReq.of(Fixtures.ACCOUNT, check, EnrolledCard.of(check.card()), "eGlk", Fixtures.NOW);
        String encoded = paReq.encode();
        assertEquals(paReq, PaReq.decode(encoded).orElseThrow());
        String xml = Deflated.inflate(encoded);
        assertTrue(xml.contains("<PAReq><version>1.0.2</version><Merchant><acqBIN>400551</acqBIN>"
                + "<merID>89987201</merID><name>Paysafe sandbox merchant</name><country>826</country>"
                + "<url>https://merchant.example</url></Merchant><Purchase><xid>eGlk</xid>"), xml);
        assertTrue(xml.contains("<CH><acctID>************2503</acctID><expiry>3012</expiry></CH></PAReq>"), xml);
        assertFalse(xml.contains("4000000000002503"));
    }

    @Test
    void anEnrolledCardsCheckHasAPaReqWithATwentyByteXid() {
        Enrollment enrollment = Fixtures.enrollment("4000000000002701");
        assertEquals(20, Base64.getDecoder().decode(enrollment.xid()).length);
        assertEquals(enrollment.xid(), PaReq.decode(enrollment.paReq()).orElseThrow().xid());
    }

    @Test
    void aPaReqWithoutXidOrThatDoesNotDecodeIsNone() {
        assertEquals(Optional.empty(), PaReq.decode(null));
        assertEquals(Optional.empty(), PaReq.decode("eJzz"));
        assertEquals(Optional.empty(), PaReq.decode(Deflated.deflate(
                "<ThreeDSecure><Message id=\"1\"><PAReq><Purchase><xid> </xid></Purchase></PAReq></Message></ThreeDSecure>")));
    }

    @Test
    void writesEachCurrencyWithItsOwnExponent() {
        Purchase yen = new Purchase(1500, "JPY");
        assertEquals("392", yen.numericCurrency());
        assertEquals(0, yen.exponent());
        assertEquals("1500 JPY", yen.formatted());
        assertEquals("0.05 EUR", new Purchase(5, "EUR").formatted());
        assertEquals("0.001 BHD", new Purchase(1, "BHD").formatted());
        assertTrue(Purchase.isKnownCurrency("EUR"));
        assertFalse(Purchase.isKnownCurrency("eur"));
        assertFalse(Purchase.isKnownCurrency("ABC"));
        assertFalse(Purchase.isKnownCurrency("XXX"));
    }
}
