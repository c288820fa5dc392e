package io.threeds.gateway.provider.verifone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.card.EncryptedCard;
import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.model.Amount;
import io.threeds.gateway.model.ThreeDSResult;
import io.threeds.gateway.provider.AuthorizationRequest;
import io.threeds.gateway.provider.BrowserRefusedException;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderJson;
import io.threeds.gateway.provider.ProviderResult;
import io.threeds.gateway.provider.ReportedCard;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verifone mapping on the seed's own lookup answer and payments.validated data (seeds/000). */
class VerifoneWireTest {
    /** The seed's challenge lookup answer (§1.3.2), its placeholders filled. */
    private static final String SEED_LOOKUP = """
            { "acs_transaction_id": "9d08e1ba-0240-4283-813a-a3772d80de0e", "acs_url": "https://acs.example/challenge",
              "authentication_id": "c923575f-86e4-45cf-9a43-d1ede3da3ac1", "challenge_required": "N",
              "card_brand": "Visa", "ds_transaction_id": "e3b59e11-5863-4c4a-aa34-cc13bab4f320",
              "eci_flag": "07", "enrolled": "Y", "error_no": "0", "order_id": "8001840452769160",
              "pares_status": "C", "payload": "eyJtZXNzYWdlVHlwZSI6IkNSZXEifQ", "signature_verification": "Y",
              "threads_version": "2.2.0", "transaction_id": "mm1WQNPXlhUnAYGyjNY1" }""";
    /** The seed's validated data (§1.4.3) in Cardinal's full shape. */
    private static final String SEED_VALIDATED = """
            { "Validated": true, "ActionCode": "SUCCESS", "ErrorNumber": 0, "ErrorDescription": "Success",
              "Payment": { "Type": "CCA", "ProcessorTransactionId": "mm1WQNPXlhUnAYGyjNY1",
                "ExtendedData": { "Amount": "1000", "CAVV": "AAIBBYNoEwAAACcKhAJkdQAAAAA=", "CurrencyCode": "554",
                  "ECIFlag": "05", "ThreeDSVersion": "2.2.0", "PAResStatus": "Y", "SignatureVerification": "Y" } } }""";

    @Test
    void theSeedsLookupIsAChallengeForCardinalContinueDecidedOnParesStatusOnly() {
        ProviderResult step = VerifoneWire.lookedUp(lookupAnswer(SEED_LOOKUP), "VISA");
        assertEquals(TransStatus.C, step.result().transStatus(), "G-V3: challenge_required N is ignored");
        assertEquals("SDK", step.browserAction().method());
        assertEquals("https://acs.example/challenge", step.browserAction().fields().get("AcsUrl"));
        assertEquals("mm1WQNPXlhUnAYGyjNY1", step.browserAction().fields().get("TransactionId"));
        assertEquals("2.2.0", step.result().threeDSVersion(), "G-V1: threads_version is read");
        assertEquals("mm1WQNPXlhUnAYGyjNY1", step.refs().get(VerifoneWire.TRANSACTION));
    }

    @Test
    void theSeedsValidatedResultIsYWithLiabilityShiftFromASignedMessage() {
        ThreeDSResult result = VerifoneWire.validated(validated(SEED_VALIDATED), refs(), "VISA");
        assertEquals(TransStatus.Y, result.transStatus());
        assertEquals(StatusSource.SIGNED_CLIENT_MESSAGE, result.source());
        assertEquals("05", result.eci());
        assertEquals("AAIBBYNoEwAAACcKhAJkdQAAAAA=", result.authenticationValue());
        assertTrue(result.liability().shift());
        assertEquals("VERIFONE_SEED_RULE", result.liability().basis());
    }

    @Test
    void theSeedsLiabilityRuleNeedsSignatureAndEnrolmentToo() {
        assertFalse(lookup("Y", "Y", "N").liability().shift(), "signature N");
        assertFalse(lookup("Y", "B", "Y").liability().shift(), "enrolled B");
        assertFalse(lookup("N", "Y", "Y").liability().shift(), "status N");
        assertTrue(lookup("A", "Y", "Y").liability().shift(), "attempts, signed, enrolled");
        assertFalse(lookup("U", "Y", "Y").liability().shift());
        ThreeDSResult blank = lookup(null, "U", "Y");
        assertEquals(TransStatus.U, blank.transStatus(), "blank pares_status, not enrolled: no authentication");
        assertEquals(Flow.NOT_APPLICABLE, blank.flow());
        assertEquals(RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT, blank.recommendedAction());
    }

    @Test
    void theExitButtonIsUAndAnErrorIsE() {
        String cancelled = "{\"ActionCode\": \"FAILURE\", \"ErrorNumber\": 10011, \"Payment\": "
                + "{\"ProcessorTransactionId\": \"mm1WQNPXlhUnAYGyjNY1\", \"ExtendedData\": {}}}";
        assertEquals(TransStatus.U, VerifoneWire.validated(validated(cancelled), refs(), "VISA").transStatus());
        String failed = "{\"ActionCode\": \"FAILURE\", \"Payment\": {\"ProcessorTransactionId\": "
                + "\"mm1WQNPXlhUnAYGyjNY1\", \"ExtendedData\": {\"PARESStatus\": \"N\", \"ECIFlag\": \"07\"}}}";
        assertEquals(TransStatus.N, VerifoneWire.validated(validated(failed), refs(), "VISA").transStatus(),
                "G-V2: PARESStatus spelling");
        String error = "{\"ActionCode\": \"ERROR\", \"ErrorNumber\": 1010, \"Payment\": "
                + "{\"ProcessorTransactionId\": \"mm1WQNPXlhUnAYGyjNY1\"}}";
        assertEquals(TransStatus.E, VerifoneWire.validated(validated(error), refs(), "VISA").transStatus());
    }

    @Test
    void extendedDataIsReadWhateverTheCaseOfItsNamesAndFromTheTopLevelCopy() {
        ThreeDSResult lowerCase = VerifoneWire.validated(validated("{\"ActionCode\": \"SUCCESS\", \"Payment\": "
                + "{\"ProcessorTransactionId\": \"mm1WQNPXlhUnAYGyjNY1\", \"ExtendedData\": {\"paresstatus\": \"A\", "
                + "\"signatureverification\": \"Y\", \"ECIFlag\": 6}}}"), refs(), "VISA");
        assertEquals(TransStatus.A, lowerCase.transStatus(), "never collapsed into N or Y");
        assertEquals("06", lowerCase.eci(), "a number is read as its text");
        assertTrue(lowerCase.liability().shift());
        ThreeDSResult pres = VerifoneWire.validated(validated("{\"ActionCode\": \"FAILURE\", "
                + "\"ProcessorTransactionId\": \"mm1WQNPXlhUnAYGyjNY1\", \"ExtendedData\": {\"PResStatus\": \"R\"}}"),
                refs(), "VISA");
        assertEquals(TransStatus.R, pres.transStatus(), "G-V2: PResStatus, from the top-level copy");
        assertEquals("07", pres.eci());
    }

    @Test
    void aLookupErrorWithoutEnrolmentIsEAndAChallengeWithoutItsAcsIsUnusable() {
        ThreeDSResult error = VerifoneWire.lookedUp(lookupAnswer("{\"error_no\": 2001, \"error_desc\": \"bad card\"}"),
                "VISA").result();
        assertEquals(TransStatus.E, error.transStatus());
        assertEquals("verifone error 2001: bad card", error.transStatusReason());
        ProviderException unusable = assertThrows(ProviderException.class, () -> VerifoneWire.lookedUp(lookupAnswer(
                "{\"error_no\": \"0\", \"pares_status\": \"C\", \"transaction_id\": \"t1\", \"payload\": \"eyJ\"}"),
                "VISA"));
        assertEquals(ProviderException.Kind.BAD_ANSWER, unusable.kind());
        assertThrows(ProviderException.class, () -> VerifoneWire.sdkSetup(new VerifoneWire.JwtAnswer(null),
                "https://songbird", "4000000000002701"), "jwt/create without a jwt");
    }

    @Test
    void aResultForAnotherTransactionIsRefused() {
        assertThrows(BrowserRefusedException.class, () -> VerifoneWire.validated(validated(SEED_VALIDATED),
                Map.of(VerifoneWire.TRANSACTION, "other"), "VISA"));
    }

    @Test
    void onlyAPayloadVerifoneValidatedIsTrusted() {
        String validated = "{\"error_no\": \"0\", \"payload\": " + SEED_VALIDATED + "}";
        assertEquals("SUCCESS", VerifoneWire.validatedPayload(validation(validated)).actionCode());
        assertThrows(BrowserRefusedException.class, () -> VerifoneWire.validatedPayload(
                validation("{\"error_no\": \"2001\", \"error_desc\": \"signature does not verify\"}")));
        assertThrows(BrowserRefusedException.class, () -> VerifoneWire.validatedPayload(
                validation("{\"error_no\": 0}")), "no payload, nothing to trust");
        assertEquals(json("{\"threeds_contract_id\":\"c-1\",\"jwt\":\"h.p.s\"}"),
                sent(new VerifoneWire.JwtValidate("c-1", "h.p.s")));
        assertEquals(json("{\"threads_contract_id\":\"c-1\"}"), sent(new VerifoneWire.JwtCreate("c-1")),
                "G-V1: threads_ for jwt/create");
    }

    @Test
    void aCardEncryptedInTheBrowserHasNoBinToProfileAndTakesItsBrandFromTheLookup() {
        VerifoneWire.JwtAnswer jwt = new VerifoneWire.JwtAnswer("h.p.s");
        assertEquals("400000000", VerifoneWire.sdkSetup(jwt, "https://songbird", "4000000000002701").browserAction()
                .fields().get("bin"), "the first 9 digits");
        assertFalse(VerifoneWire.sdkSetup(jwt, "https://songbird", null).browserAction().fields().containsKey("bin"));

        ProviderResult step = VerifoneWire.lookedUp(lookupAnswer(SEED_LOOKUP), null);
        assertEquals(new ReportedCard(null, null, "VISA"), step.card(), "G-V9: Visa is VISA");
        assertEquals("VISA", step.refs().get(VerifoneWire.CARD_BRAND));
        ProviderResult mastercard = VerifoneWire.lookedUp(lookupAnswer(Json.createObjectBuilder().add("error_no", "0")
                .add("enrolled", "Y").add("signature_verification", "Y").add("pares_status", "N")
                .add("card_brand", "Mastercard").add("transaction_id", "t1").build().toString()), null);
        assertEquals("00", mastercard.result().eci(), "the reported brand picks the ECI family");
        assertNull(VerifoneWire.lookedUp(lookupAnswer(Json.createObjectBuilder().add("error_no", "0")
                .add("enrolled", "U").add("card_brand", "Unknown").build().toString()), null).card());

        AuthorizationRequest request = new AuthorizationRequest("a1", "order-1",
                Card.clientEncrypted(new EncryptedCard("blob", "sandbox-key-1"), 12, 2030, null),
                new Amount(1000, "EUR"), true, VerifoneWire.validated(validated(SEED_VALIDATED), refs(), "VISA"),
                Map.of(VerifoneWire.CARD_BRAND, "VISA"));
        JsonObject payment = sent(VerifoneWire.payment(request, "blob", "sandbox-key-1", "contract"));
        assertEquals("VISA", payment.getString("card_brand"));
        assertEquals("blob", payment.getString("encrypted_card"));
        assertEquals(new ReportedCard("411111", "1111", null), VerifoneWire.paidCard(paymentAnswer("""
                {"status": "AUTHORIZED", "card_details": {"masked_card_number": "411111****1111",
                 "expiry_year": 2030, "expiry_month": 12}}""")));
        assertNull(VerifoneWire.paidCard(paymentAnswer("{\"status\": \"AUTHORIZED\"}")));
    }

    private static ThreeDSResult lookup(String pares, String enrolled, String signature) {
        var answer = Json.createObjectBuilder().add("error_no", "0").add("enrolled", enrolled)
                .add("signature_verification", signature).add("eci_flag", "A".equals(pares) ? "06" : "05")
                .add("transaction_id", "t1");
        if (pares != null) {
            answer.add("pares_status", pares);
        }
        return VerifoneWire.lookedUp(lookupAnswer(answer.build().toString()), "VISA").result();
    }

    private static Map<String, String> refs() {
        return Map.of(VerifoneWire.TRANSACTION, "mm1WQNPXlhUnAYGyjNY1", VerifoneWire.ENROLLED, "Y",
                VerifoneWire.SIGNATURE, "Y");
    }

    /** Answers as the provider reads them: bound to verifone's records. */
    private static VerifoneWire.LookupAnswer lookupAnswer(String json) {
        return ProviderJson.read(json, VerifoneWire.LookupAnswer.class);
    }

    private static VerifoneWire.JwtValidation validation(String json) {
        return ProviderJson.read(json, VerifoneWire.JwtValidation.class);
    }

    private static VerifoneWire.Validated validated(String json) {
        return ProviderJson.read(json, VerifoneWire.Validated.class);
    }

    private static VerifoneWire.PaymentAnswer paymentAnswer(String json) {
        return ProviderJson.read(json, VerifoneWire.PaymentAnswer.class);
    }

    /** A request as it is sent. */
    private static JsonObject sent(Object request) {
        return json(ProviderJson.write(request));
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
