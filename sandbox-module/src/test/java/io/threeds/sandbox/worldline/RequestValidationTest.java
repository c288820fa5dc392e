package io.threeds.sandbox.worldline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.RequestBody;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestValidationTest {

    @Test
    void acceptsTheSeedRequest() {
        assertEquals(List.of(), RequestValidation.check(new RequestBody(SeedRequest.json())));
    }

    @Test
    void toleratesUnknownPropertiesAndUnknownValuesOfLostEnumerations() {
        RequestBody body = SeedRequest.patched(p -> p
                .add("/somethingNew", "x")
                .add("/order/shipping", Json.createObjectBuilder().add("addressIndicator", "moon").build())
                .replace("/cardPaymentMethodSpecificInput/transactionChannel", "TELEPATHY"));
        assertEquals(List.of(), RequestValidation.check(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/order/customer/device/acceptHeader",
            "/order/customer/device/ipAddress",
            "/order/customer/device/locale",
            "/order/customer/device/timezoneOffsetUtcMinutes",
            "/order/customer/device/userAgent",
            "/order/customer/device/browserData/javaEnabled",
            "/order/customer/device/browserData/colorDepth",
            "/order/customer/device/browserData/screenHeight",
            "/order/customer/device/browserData/screenWidth",
            "/cardPaymentMethodSpecificInput/threeDSecure/challengeCanvasSize",
            "/cardPaymentMethodSpecificInput/card/cardholderName",
            "/cardPaymentMethodSpecificInput/card/cardNumber",
            "/cardPaymentMethodSpecificInput/card/expiryDate"
    })
    void namesAMissingRequiredProperty(String pointer) {
        List<WorldlineError> errors = RequestValidation.check(SeedRequest.patched(p -> p.remove(pointer)));
        assertEquals(1, errors.size());
        WorldlineError error = errors.get(0);
        assertEquals("21000120", error.code());
        assertEquals("REQUIRED_VALUE_MISSING", error.message());
        assertEquals(400, error.httpStatusCode());
        assertEquals(pointer.substring(1).replace('/', '.'), error.propertyName());
    }

    @Test
    void requiresBrowserFieldsOnlyForTheBrowserFlow() {
        RequestBody body = SeedRequest.patched(p -> p
                .remove("/cardPaymentMethodSpecificInput/threeDSecure/authenticationFlow")
                .remove("/order/customer/device"));
        assertEquals(List.of(), RequestValidation.check(body));
    }

    @Test
    void acceptsTheOldIpAddressForTheBrowserFlow() {
        RequestBody body = SeedRequest.patched(p -> p
                .remove("/order/customer/device/ipAddress")
                .add("/fraudFields", Json.createObjectBuilder().add("customerIpAddress", "1.2.3.4").build()));
        assertEquals(List.of(), RequestValidation.check(body));
    }

    @Test
    void refusesOldAndNewDefinitionsMixed() {
        RequestBody body = SeedRequest.patched(p -> p
                .add("/fraudFields", Json.createObjectBuilder().add("customerIpAddress", "1.2.3.4").build()));
        List<WorldlineError> errors = RequestValidation.check(body);
        assertEquals(1, errors.size());
        assertEquals("21000020", errors.get(0).code());
        assertEquals("MIXED_OLD_AND_NEW_DEFINITIONS", errors.get(0).message());
    }

    @Test
    void refusesTheInAppFlow() {
        RequestBody body = SeedRequest.patched(p -> p
                .replace("/cardPaymentMethodSpecificInput/threeDSecure/authenticationFlow", "in-app"));
        List<WorldlineError> errors = RequestValidation.check(body);
        assertEquals(1, errors.size());
        assertEquals("cardPaymentMethodSpecificInput.threeDSecure.authenticationFlow", errors.get(0).propertyName());
    }

    @Test
    void refusesValuesOutsideTheListedEnumerations() {
        RequestBody body = SeedRequest.patched(p -> p
                .replace("/cardPaymentMethodSpecificInput/threeDSecure/challengeIndicator", "always")
                .replace("/cardPaymentMethodSpecificInput/threeDSecure/challengeCanvasSize", "100x100"));
        List<String> properties = RequestValidation.check(body).stream().map(WorldlineError::propertyName).sorted().toList();
        assertEquals(List.of("cardPaymentMethodSpecificInput.threeDSecure.challengeCanvasSize",
                "cardPaymentMethodSpecificInput.threeDSecure.challengeIndicator"), properties);
    }

    @Test
    void refusesTooLongValuesBadCardNumbersAndRelativeReturnUrls() {
        RequestBody body = SeedRequest.patched(p -> p
                .replace("/cardPaymentMethodSpecificInput/card/cardholderName", "x".repeat(52))
                .replace("/cardPaymentMethodSpecificInput/card/cardNumber", "4000-abc")
                .replace("/cardPaymentMethodSpecificInput/threeDSecure/redirectionData/returnUrl", "/return"));
        List<WorldlineError> errors = RequestValidation.check(body);
        assertEquals(3, errors.size());
        assertTrue(errors.stream().allMatch(error -> error.code().equals("21000020")));
    }

    @ParameterizedTest
    @CsvSource({"5200000000052701, 3", "378282246310005, 2", "6759649826438453, 117", "3530111333300000, 125",
            "6011111111111117, 128", "36227206271667, 132", "9000000000000000, 1", "9000000000000000, 700"})
    void acceptsTheCardNumbersOwnPaymentProduct(String cardNumber, int productId) {
        RequestBody body = SeedRequest.patched(p -> p
                .replace("/cardPaymentMethodSpecificInput/card/cardNumber", cardNumber)
                .replace("/cardPaymentMethodSpecificInput/paymentProductId", productId));
        assertEquals(List.of(), RequestValidation.check(body));
    }

    @ParameterizedTest
    @CsvSource({"4012000033330026, 3", "5200000000052701, 1", "378282246310005, 1", "6759649826438453, 1"})
    void refusesAPaymentProductThatIsNotTheCardNumbers(String cardNumber, int productId) {
        RequestBody body = SeedRequest.patched(p -> p
                .replace("/cardPaymentMethodSpecificInput/card/cardNumber", cardNumber)
                .replace("/cardPaymentMethodSpecificInput/paymentProductId", productId));
        List<WorldlineError> errors = RequestValidation.check(body);
        assertEquals(1, errors.size());
        assertEquals("21000020", errors.get(0).code());
        assertEquals("cardPaymentMethodSpecificInput.paymentProductId", errors.get(0).propertyName());
    }

    @Test
    void refusesAPaymentProductThatIsNotAnInteger() {
        RequestBody body = SeedRequest.patched(p -> p.replace("/cardPaymentMethodSpecificInput/paymentProductId", "1"));
        assertEquals(List.of("cardPaymentMethodSpecificInput.paymentProductId"),
                RequestValidation.check(body).stream().map(WorldlineError::propertyName).toList());
    }
}
