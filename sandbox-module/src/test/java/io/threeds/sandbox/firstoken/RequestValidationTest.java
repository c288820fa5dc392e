package io.threeds.sandbox.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestValidationTest {

    @Test
    void theSeedsRequestsPass() {
        assertTrue(RequestValidation.setup(SeedRequest.body(SeedRequest.SETUP)).isEmpty());
        assertTrue(RequestValidation.enroll(SeedRequest.body(SeedRequest.ENROLL)).isEmpty());
        assertTrue(RequestValidation.validate(SeedRequest.body(SeedRequest.VALIDATE)).isEmpty());
        assertTrue(RequestValidation.payment(SeedRequest.body(SeedRequest.PAYMENT)).isEmpty());
    }

    @ParameterizedTest(name = "enroll without {0}")
    @CsvSource({
            "/transaction_info/type, transaction_info.type is required",
            "/transaction_info/reference_code, transaction_info.reference_code is required",
            "/card/number, card.number is required",
            "/card/expiration_date, card.expiration_date is required",
            "/order_info/amount_details/total_amount, order_info.amount_details.total_amount is required",
            "/order_info/amount_details/currency, order_info.amount_details.currency is required",
            "/authentication/reference_id, authentication.reference_id is required",
            "/card, card.number is required",
            "/authentication, authentication.reference_id is required"})
    void enrollNamesTheMissingField(String pointer, String message) {
        RequestBody body = SeedRequest.patched(SeedRequest.ENROLL, p -> p.remove(pointer));
        assertEquals(Optional.of(message), RequestValidation.enroll(body));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "/transaction_info/type, payment, transaction_info.type must be check_enroll",
            "/card/number, 4000abcd00002537, card.number must be 12 to 19 digits",
            "/card/expiration_date, 2027-01, card.expiration_date must be MM/YYYY or MM/YY",
            "/card/expiration_date, 13/2027, card.expiration_date must be MM/YYYY or MM/YY",
            "/order_info/amount_details/total_amount, 10.005, 'order_info.amount_details.total_amount must be a string of major units with at most 2 decimals for MXN, such as \"1000\" or \"10.50\"'",
            "/order_info/amount_details/total_amount, -5, 'order_info.amount_details.total_amount must be a string of major units with at most 2 decimals for MXN, such as \"1000\" or \"10.50\"'",
            "/order_info/amount_details/currency, XYZ, order_info.amount_details.currency must be an ISO 4217 code such as MXN",
            "/order_info/amount_details/currency, mxn, order_info.amount_details.currency must be an ISO 4217 code such as MXN",
            "/authentication/return_url, javascript:alert(1), authentication.return_url must be an absolute http(s) URL",
            "/authentication/return_url, /relative, authentication.return_url must be an absolute http(s) URL"})
    void enrollNamesTheWrongField(String pointer, String value, String message) {
        RequestBody body = SeedRequest.patched(SeedRequest.ENROLL, p -> p.replace(pointer, value));
        assertEquals(Optional.of(message), RequestValidation.enroll(body));
    }

    @Test
    void emptyStringsAreMissing() {
        RequestBody body = SeedRequest.patched(SeedRequest.SETUP, p -> p.replace("/transaction_info/reference_code", ""));
        assertEquals(Optional.of("transaction_info.reference_code is required"), RequestValidation.setup(body));
        body = SeedRequest.patched(SeedRequest.SETUP, p -> p.replace("/card/number", JsonValue.NULL));
        assertEquals(Optional.of("card.number is required"), RequestValidation.setup(body));
    }

    @Test
    void eachCallHasItsType() {
        assertEquals(Optional.of("transaction_info.type must be setup"), RequestValidation.setup(
                SeedRequest.patched(SeedRequest.SETUP, p -> p.replace("/transaction_info/type", "check_enroll"))));
        assertEquals(Optional.of("transaction_info.type must be validate_result"), RequestValidation.validate(
                SeedRequest.patched(SeedRequest.VALIDATE, p -> p.replace("/transaction_info/type", "validate"))));
        assertEquals(Optional.of("transaction_info.type must be payment"), RequestValidation.payment(
                SeedRequest.patched(SeedRequest.PAYMENT, p -> p.replace("/transaction_info/type", "authorization"))));
    }

    @Test
    void validateNeedsOnlyItsKeys() {
        assertEquals(Optional.of("authentication.transaction_id is required"), RequestValidation.validate(
                SeedRequest.patched(SeedRequest.VALIDATE, p -> p.remove("/authentication/transaction_id"))));
        assertTrue(RequestValidation.validate(SeedRequest.patched(SeedRequest.VALIDATE,
                p -> p.remove("/card").remove("/order_info").remove("/bill_to"))).isEmpty());
    }

    @Test
    void paymentNeedsCardAndAmountButNoAuthentication() {
        assertTrue(RequestValidation.payment(SeedRequest.patched(SeedRequest.PAYMENT,
                p -> p.remove("/authentication").remove("/bill_to"))).isEmpty());
        assertEquals(Optional.of("order_info.amount_details.total_amount is required"), RequestValidation.payment(
                SeedRequest.patched(SeedRequest.PAYMENT, p -> p.remove("/order_info"))));
    }

    @Test
    void acceptsWhatTheSeedsLeaveOpen() {
        assertTrue(RequestValidation.setup(SeedRequest.patched(SeedRequest.SETUP,
                p -> p.replace("/card/expiration_date", "01/19").add("/card/unknown", "x"))).isEmpty(),
                "MM/YY, a past date and an unknown property");
        assertTrue(RequestValidation.enroll(SeedRequest.patched(SeedRequest.ENROLL,
                p -> p.replace("/order_info/amount_details/total_amount", "1000.50")
                        .remove("/authentication/return_url").remove("/device_info").remove("/bill_to"))).isEmpty());
    }

    @Test
    void returnUrls() {
        assertTrue(RequestValidation.isReturnUrl("https://merchant.com/returnUrl"));
        assertTrue(RequestValidation.isReturnUrl("http://localhost:9080/3ds/abc/challenge-complete"));
        assertFalse(RequestValidation.isReturnUrl("javascript:alert(1)"));
        assertFalse(RequestValidation.isReturnUrl("data:text/html,x"));
        assertFalse(RequestValidation.isReturnUrl("https:///nohost"));
        assertFalse(RequestValidation.isReturnUrl("not a url"));
    }
}
