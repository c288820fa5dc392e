package io.threeds.sandbox.intergiro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.RequestBody;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestValidationTest {
    private static final String MINIMAL = Fixture.request("4111111111111111").build().toString();

    @Test
    void acceptsTheMinimalExample() {
        assertEquals(Optional.empty(), check(MINIMAL));
    }

    @Test
    void toleratesUnknownPropertiesAndAnyBrowser() {
        JsonObject body = Fixture.request("4111111111111111")
                .add("items", 1).add("descriptor", "x").add("capture", "auto").add("category", "purchase")
                .add("browser", Json.createObjectBuilder().add("colorDepth", 24).add("javascript", true))
                .add("somethingNew", Json.createArrayBuilder().add(1))
                .build();
        assertEquals(Optional.empty(), check(body.toString()));
        assertEquals(Optional.empty(), check(Fixture.request("4111111111111111").add("browser", "tolerated").build().toString()));
    }

    @Test
    void takesAmountsInMajorUnitsAndTokensAsCards() {
        assertEquals(Optional.empty(), check(MINIMAL.replace("\"amount\":10", "\"amount\":7.5")));
        assertEquals(Optional.empty(), check(MINIMAL.replace("\"amount\":10", "\"amount\":7.50")));
        assertEquals(Optional.empty(), check(Fixture.request("x").add("card", "eyJ.eyJ.sig").build().toString()));
    }

    @Test
    void takesACardWithoutSecurityCode() {
        assertEquals(Optional.empty(), check(Fixture.request("4111111111111111")
                .add("card", Fixture.card("4111111111111111").remove("csc")).build().toString()));
        assertFalse(AuthorizationRequest.of(new RequestBody(Fixture.request("4111111111111111")
                .add("card", Fixture.card("4111111111111111").remove("csc")).build())).card().hasSecurityCode());
    }

    @Test
    void takesACardTokenCarryingAVerification() {
        JsonObject method = Fixture.method("t");
        String body = Fixture.request("x").add("card", Json.createObjectBuilder().add("token", "eyJ.eyJ.sig")
                .add("verification", method)).build().toString();
        assertEquals(Optional.empty(), check(body));
        AuthorizationRequest request = AuthorizationRequest.of(RequestBody.parse(body).orElseThrow());
        assertEquals("eyJ.eyJ.sig", request.cardToken());
        assertEquals(method, request.verification());
        assertEquals("card", check(Fixture.request("x").add("card", Json.createObjectBuilder().add("token", 5))
                .build().toString()).orElseThrow().property());
        assertEquals("card.verification", check(Fixture.request("x").add("card", Json.createObjectBuilder()
                .add("token", "eyJ.eyJ.sig").add("verification", "method")).build().toString()).orElseThrow().property());
    }

    @Test
    void doesNotCheckLuhn() {
        assertEquals(Optional.empty(), check(Fixture.request("4111111111111112").build().toString()));
        assertEquals(Optional.empty(), check(Fixture.request("5555550000004444").build().toString()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no number                 | \"number\":\"order-1\"            | \"numbre\":\"order-1\"          | number",
            "number not a string       | \"number\":\"order-1\"            | \"number\":1                    | number",
            "blank number              | \"number\":\"order-1\"            | \"number\":\" \"                | number",
            "no amount                 | \"amount\":10                   | \"amont\":10                    | amount",
            "amount as text            | \"amount\":10                   | \"amount\":\"10\"               | amount",
            "negative amount           | \"amount\":10                   | \"amount\":-1                   | amount",
            "amount beyond cents       | \"amount\":10                   | \"amount\":10.001               | amount",
            "lower-case currency       | \"currency\":\"EUR\"              | \"currency\":\"eur\"            | currency",
            "unknown currency          | \"currency\":\"EUR\"              | \"currency\":\"EUX\"            | currency",
            "no card                   | \"card\":{                      | \"cart\":{                      | card",
            "short pan                 | \"pan\":\"4111111111111111\"      | \"pan\":\"41111111111\"         | card.pan",
            "pan with letters          | \"pan\":\"4111111111111111\"      | \"pan\":\"41111111111111x1\"    | card.pan",
            "expiry as text            | \"expires\":[2,30]              | \"expires\":\"02/30\"           | card.expires",
            "month 13                  | \"expires\":[2,30]              | \"expires\":[13,30]             | card.expires",
            "four-digit year           | \"expires\":[2,30]              | \"expires\":[2,2030]            | card.expires",
            "csc with a letter         | \"csc\":\"987\"                   | \"csc\":\"98a\"                 | card.csc",
            "two-digit csc             | \"csc\":\"987\"                   | \"csc\":\"98\"                  | card.csc",
            "csc as number             | \"csc\":\"987\"                   | \"csc\":987                     | card.csc",
            "verification not object   | \"csc\":\"987\"                   | \"csc\":\"987\",\"verification\":\"method\" | card.verification",
            "verification without type | \"csc\":\"987\"                   | \"csc\":\"987\",\"verification\":{\"data\":{}} | card.verification",
            "no callback               | \"callback\"                    | \"callbak\"                     | client.callback",
            "relative callback         | \"callback\":\"https://gateway.example | \"callback\":\"/gateway.example | client.callback",
            "ftp callback              | \"callback\":\"https://          | \"callback\":\"ftp://            | client.callback"
    })
    void namesTheMalformedProperty(String what, String replaced, String by, String property) {
        String body = MINIMAL.replace(replaced.strip(), by.strip());
        assertTrue(!body.equals(MINIMAL), what);
        IntergiroError error = check(body).orElseThrow();
        assertEquals(400, error.status());
        assertEquals("malformed content", error.type());
        assertEquals(property, error.property(), what);
        assertEquals("invalid " + property, error.error());
        assertTrue(!error.description().isBlank());
    }

    @Test
    void idMustBeAString() {
        assertEquals("id", check(Fixture.request("4111111111111111").add("id", 5).build().toString())
                .orElseThrow().property());
        assertEquals(Optional.empty(), check(Fixture.request("4111111111111111").add("id", "g44QVj3iQXiElrUa").build().toString()));
    }

    @Test
    void cardMustBeAnObjectOrAToken() {
        assertEquals("card", check(Fixture.request("x").add("card", 4111).build().toString()).orElseThrow().property());
        assertEquals("card", check(Fixture.request("x").add("card", "").build().toString()).orElseThrow().property());
        assertEquals("card", check(Fixture.request("x").add("card", JsonValue.NULL).build().toString()).orElseThrow().property());
    }

    @Test
    void readsTheValidatedRequest() {
        AuthorizationRequest request = AuthorizationRequest.of(new RequestBody(Fixture.request("4111 1111 1111 1111")
                .add("id", "g44QVj3iQXiElrUa")
                .add("card", Fixture.card("4111111111111111").add("verification", Fixture.method("t")))
                .build()));
        assertEquals("g44QVj3iQXiElrUa", request.id());
        assertEquals("order-1", request.number());
        assertEquals("10 EUR", request.purchase().toString());
        assertEquals("4111111111111111", request.card().number().digits());
        assertEquals(2, request.card().month());
        assertEquals(30, request.card().year());
        assertEquals("method", request.verification().getString("type"));
        assertEquals(Fixture.CALLBACK, request.callback());
    }

    private static Optional<IntergiroError> check(String json) {
        return RequestValidation.check(RequestBody.parse(json).orElseThrow());
    }
}
