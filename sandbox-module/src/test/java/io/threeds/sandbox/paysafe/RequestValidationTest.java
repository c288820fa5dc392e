package io.threeds.sandbox.paysafe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.threeds.sandbox.RequestBody;
import io.threeds.sandbox.paysafe.PaysafeError.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestValidationTest {
    private static final JsonObject AUTHORIZATION = Fixtures.authorizationBody().root();

    @Test
    void acceptsTheDocumentedEnrollmentCheck() {
        assertEquals(List.of(), RequestValidation.enrollmentCheck(Fixtures.enrollmentCheckBody("4000000000000002")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/merchantRefNum", "/amount", "/currency", "/card/cardNum", "/card/cardExpiry/month",
            "/card/cardExpiry/year", "/customerIp", "/userAgent", "/acceptHeader", "/merchantUrl"})
    void everyEnrollmentCheckMemberIsRequired(String pointer) {
        RequestBody body = patched(Fixtures.enrollmentCheckBody("4000000000000002").root(), p -> p.remove(pointer));
        assertEquals(List.of(new FieldError(field(pointer), "may not be null")),
                RequestValidation.enrollmentCheck(body));
    }

    @Test
    void namesEachMemberOfTheWrongLengthOrType() {
        RequestBody body = patched(Fixtures.enrollmentCheckBody("4000000000000002").root(), p -> p
                .replace("/merchantRefNum", "r".repeat(256))
                .replace("/amount", "1000")
                .replace("/currency", "EURO")
                .replace("/card/cardNum", "4000-0000")
                .replace("/card/cardExpiry/month", 13)
                .replace("/card/cardExpiry/year", 30)
                .replace("/customerIp", "1".repeat(46))
                .replace("/userAgent", "u".repeat(2049))
                .replace("/acceptHeader", Json.createObjectBuilder().build())
                .replace("/merchantUrl", "m".repeat(2049)));
        assertEquals(List.of(
                new FieldError("merchantRefNum", "size must be between 1 and 255"),
                new FieldError("amount", "must be a whole number from 1 to 99999999999"),
                new FieldError("currency", "must be an ISO 4217 currency code"),
                new FieldError("card.cardNum", "must be 12 to 19 digits"),
                new FieldError("card.cardExpiry.month", "must be a whole number from 1 to 12"),
                new FieldError("card.cardExpiry.year", "must be a whole number from 2000 to 9999"),
                new FieldError("customerIp", "size must be between 1 and 45"),
                new FieldError("userAgent", "size must be between 1 and 2048"),
                new FieldError("acceptHeader", "must be a string"),
                new FieldError("merchantUrl", "size must be between 1 and 2048")),
                RequestValidation.enrollmentCheck(body));
    }

    @Test
    void authenticationTakesTheSeedsLimits() {
        RequestBody atTheLimit = RequestBody.parse("{\"merchantRefNum\": \"%s\", \"paRes\": \"%s\"}"
                .formatted("r".repeat(255), "p".repeat(65536))).orElseThrow();
        assertEquals(List.of(), RequestValidation.authentication(atTheLimit));
        RequestBody beyond = RequestBody.parse("{\"merchantRefNum\": \"%s\", \"paRes\": \"%s\"}"
                .formatted("r".repeat(256), "p".repeat(65537))).orElseThrow();
        assertEquals(List.of(new FieldError("merchantRefNum", "size must be between 1 and 255"),
                new FieldError("paRes", "size must be between 1 and 65536")), RequestValidation.authentication(beyond));
        assertEquals(List.of(new FieldError("merchantRefNum", "may not be null"), new FieldError("paRes", "may not be null")),
                RequestValidation.authentication(RequestBody.parse("{\"paRes\": \"\"}").orElseThrow()));
    }

    @Test
    void acceptsTheGatewaysAuthorization() {
        assertEquals(List.of(), RequestValidation.authorization(new RequestBody(AUTHORIZATION)));
    }

    @Test
    void anAuthorizationNeedsNeitherAuthenticationNorCvv() {
        RequestBody body = patched(AUTHORIZATION, p -> p.remove("/authentication").remove("/card/cvv")
                .remove("/settleWithAuth"));
        assertEquals(List.of(), RequestValidation.authorization(body));
    }

    @Test
    void anAuthorizationToleratesUnknownValuesButNotWrongTypes() {
        RequestBody unknown = patched(AUTHORIZATION, p -> p.replace("/authentication/threeDResult", "Q")
                .add("/somethingNew", true));
        assertEquals(List.of(), RequestValidation.authorization(unknown));
        RequestBody wrong = patched(AUTHORIZATION, p -> p
                .replace("/settleWithAuth", "yes")
                .replace("/card/cvv", "12")
                .replace("/authentication/eci", "05")
                .replace("/authentication/xid", "x".repeat(41))
                .replace("/authentication/cavv", "c".repeat(81))
                .replace("/authentication/signatureStatus", "YES"));
        assertEquals(List.of(
                new FieldError("settleWithAuth", "must be true or false"),
                new FieldError("card.cvv", "must be 3 or 4 digits"),
                new FieldError("authentication.eci", "must be a whole number from 0 to 99"),
                new FieldError("authentication.cavv", "size must be between 0 and 80"),
                new FieldError("authentication.xid", "size must be between 0 and 40"),
                new FieldError("authentication.signatureStatus", "size must be between 0 and 1")),
                RequestValidation.authorization(wrong));
        assertEquals(List.of(new FieldError("authentication", "must be an object")),
                RequestValidation.authorization(patched(AUTHORIZATION, p -> p.replace("/authentication", "Y"))));
    }

    private static RequestBody patched(JsonObject json, UnaryOperator<JsonPatchBuilder> patch) {
        return Fixtures.patched(json, patch);
    }

    private static String field(String pointer) {
        return pointer.substring(1).replace('/', '.');
    }
}
