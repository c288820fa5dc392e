package io.threeds.sandbox.intergiro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.RequestBody;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CReq, CRes, PaReq and PaRes as they travel through the browser. */
class BrowserMessagesTest {
    private static final TransactionIds IDS = TransactionIds.random();

    @Test
    void cresHasTheSeedsMembersInTheSeedsOrder() {
        CRes cres = CRes.of(IDS, TransStatus.Y);
        assertEquals(List.of("acsTransID", "challengeCompletionInd", "messageType", "messageVersion",
                "threeDSServerTransID", "transStatus"), List.copyOf(cres.toJson().keySet()));
        assertEquals("Y", cres.challengeCompletionInd());
        assertEquals("CRes", cres.messageType());
        assertEquals("2.2.0", cres.messageVersion());
        assertFalse(cres.encoded().contains("="));
        assertEquals(cres, CRes.decode(cres.encoded()).orElseThrow());
    }

    @Test
    void readsTheSeedsCres() {
        CRes cres = CRes.decode(Base64UrlJsonTest.SEED_CRES).orElseThrow();
        assertEquals("87791cee-2514-436c-bed8-a63a87bbdf01", cres.acsTransID());
        assertEquals("2.1.0", cres.messageVersion());
        assertEquals("Y", cres.transStatus());
    }

    @Test
    void creqMustBeACReqWithBothIds() {
        String creq = Base64UrlJson.encode(Json.createObjectBuilder().add("threeDSServerTransID", "t").add("acsTransID", "a")
                .add("messageVersion", "2.1.0").add("messageType", "CReq").add("challengeWindowSize", "01").build());
        assertTrue(CReq.decode(creq).orElseThrow().isChallengeRequest());
        assertFalse(CReq.decode(Base64UrlJsonTest.SEED_CRES).orElseThrow().isChallengeRequest(), "G-I3: a CRes is no CReq");
        assertTrue(CReq.decode(Base64UrlJson.encode(Json.createObjectBuilder().add("messageType", "CReq").build())).isEmpty());
    }

    @Test
    void paReqIsConsistentWithTheCardAndTheAmount() {
        PaymentCard card = new PaymentCard(new CardNumber("4000000000000002"), 2, 30, true);
        PaReq paReq = PaReq.of(card, new Purchase(new BigDecimal("404.2"), Currency.getInstance("EUR")), IDS,
                "https://gateway.example/cb");
        RequestBody json = Base64UrlJson.decode(paReq.encoded()).orElseThrow();
        assertEquals(List.of("version", "cardType", "PAN", "expiry", "deviceCategory", "purchAmount", "exponent",
                "currency", "merchantID", "xid", "okUrl", "failUrl"), List.copyOf(json.root().keySet()));
        assertEquals("1.0", json.text("version").orElseThrow());
        assertEquals("4000000000000002", json.text("PAN").orElseThrow());
        assertEquals("3002", json.text("expiry").orElseThrow());
        assertEquals("40420", json.text("purchAmount").orElseThrow());
        assertEquals("2", json.text("exponent").orElseThrow());
        assertEquals("EUR", json.text("currency").orElseThrow());
        assertEquals(IDS.xid(), json.text("xid").orElseThrow());
        assertEquals(IDS.xid(), PaReq.xidOf(paReq.encoded()).orElseThrow());
        assertFalse(paReq.encoded().contains("="));
    }

    @Test
    void xidIsBase64OfTwentyDigitsLikeTheSeeds() {
        String decoded = new String(Base64.getDecoder().decode(IDS.xid()), StandardCharsets.US_ASCII);
        assertTrue(decoded.matches("\\d{20}"), decoded);
        assertEquals("00000000000000085856",
                new String(Base64.getDecoder().decode("MDAwMDAwMDAwMDAwMDAwODU4NTY="), StandardCharsets.US_ASCII));
    }

    @Test
    void paResRoundTripsThroughItsDeflatedXmlWithEciAndCavvOnlyForYAndA() {
        Cycle visa = cycle("4000000000000002");
        Cycle mastercard = cycle("5200000000000007");
        PaRes authenticated = PaRes.of(mastercard, TransStatus.Y, Instant.parse("2026-03-01T10:15:30Z"));
        assertEquals(authenticated, PaRes.decode(authenticated.encoded()).orElseThrow());
        assertEquals("02", authenticated.eci());
        assertEquals("3", authenticated.cavvAlgorithm());
        assertEquals("06", PaRes.of(visa, TransStatus.A, Instant.EPOCH).eci());
        assertEquals("2", PaRes.of(visa, TransStatus.A, Instant.EPOCH).cavvAlgorithm());
        PaRes failed = PaRes.of(visa, TransStatus.U, Instant.EPOCH);
        assertEquals(failed, PaRes.decode(failed.encoded()).orElseThrow());
        assertNull(failed.eci());
        assertNull(failed.cavv());
    }

    @Test
    void paResDecodingRefusesWhatIsNoDeflatedPaRes() {
        assertTrue(PaRes.decode("garbage").isEmpty());
        assertTrue(PaRes.decode(Base64UrlJsonTest.SEED_CRES).isEmpty());
        assertTrue(PaRes.decode(Base64.getEncoder().encodeToString("<ThreeDSecure/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty(), "not deflated");
    }

    private static Cycle cycle(String pan) {
        Fixture sandbox = new Fixture();
        return sandbox.cycle(sandbox.post(pan));
    }
}
