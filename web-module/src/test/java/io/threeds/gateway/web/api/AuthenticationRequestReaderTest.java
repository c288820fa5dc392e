package io.threeds.gateway.web.api;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.problem.ValidationException;
import io.threeds.gateway.problem.Violation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What {@code POST /api/v1/authentications} refuses, field by field, in the order the answer lists it. */
class AuthenticationRequestReaderTest {
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final AuthenticationRequestReader READER = new AuthenticationRequestReader();
    private static final String VALID = """
            {"merchantReference": "order-1", "amount": {"value": 1000, "currency": "EUR"},
             "card": {"number": "4000000000002701", "securityCode": "123",
                      "expiryMonth": 12, "expiryYear": 2030, "holderName": "Jane Doe"},
             "billing": {"firstName": "Jane", "country": "US"},
             "customer": {"email": "jane@shop.example", "phone": "+14158880000", "accountAgeDays": 30},
             "browser": {"acceptHeader": "text/html", "userAgent": "Mozilla/5.0", "ipAddress": "192.0.2.10",
                         "language": "de-DE", "colorDepth": 24, "screenHeight": 1080, "screenWidth": 1920,
                         "timeZoneOffsetMinutes": -60, "javaEnabled": false, "javascriptEnabled": true},
             "returnUrl": "https://shop.example/done"}""";
    private static final String ENCRYPTED = Base64.getEncoder().encodeToString(
            "-----BEGIN PGP MESSAGE-----\n\nwcBMA0xJ\n=Zm9v\n-----END PGP MESSAGE-----\n".getBytes(US_ASCII));

    static {
        READER.validator = VALIDATION.getValidator();
    }

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void readsAValidRequest() {
        NewAuthentication read = read(VALID, false);
        assertEquals("order-1", read.merchantReference());
        assertEquals(1000, read.amount().value());
        assertEquals("4000000000002701", read.card().number());
        assertEquals("123", read.card().securityCode());
        assertEquals("US", read.billing().country());
        assertEquals(30, read.customer().accountAgeDays());
        assertEquals(-60, read.browser().timeZoneOffsetMinutes());
        assertEquals("NO_PREFERENCE", read.challengePreference());
    }

    @Test
    void readsAnEncryptedCard() {
        NewAuthentication read = read(VALID.replace("\"number\": \"4000000000002701\"",
                "\"encrypted\": \"" + ENCRYPTED + "\", \"publicKeyAlias\": \"sandbox-key-1\"")
                .replace("\"securityCode\": \"123\",", ""), false);
        assertEquals(ENCRYPTED, read.card().encrypted().blob());
        assertEquals("sandbox-key-1", read.card().encrypted().publicKeyAlias());
    }

    @Test
    void listsEveryMissingRequiredFieldInOrder() {
        ValidationException refused = refused("{}", false);
        assertEquals(List.of(new Violation("merchantReference", "is required"),
                new Violation("amount", "is required"), new Violation("card", "is required"),
                new Violation("returnUrl", "is required")), refused.violations());
        assertEquals("merchantReference is required (and 3 more)", refused.getMessage());
    }

    @Test
    void listsJsonAndRuleViolationsInTheRequestsFieldOrder() {
        ValidationException refused = refused("""
                {"amount": {"value": "10", "currency": "eur", "tip": 1}, "discount": 5, "merchantReference": " ",
                 "card": {"number": "4000000000002702", "expiryMonth": 13, "expiryYear": 2020, "cvv": "1"},
                 "provider": 7, "billing": {"country": "XX"}, "browser": {"ipAddress": "my-host", "colorDepth": 0},
                 "returnUrl": "http://shop.example/done"}""", false);
        assertEquals(List.of(new Violation("discount", "is not a known field"),
                new Violation("merchantReference", "must not be blank"),
                new Violation("amount.tip", "is not a known field"),
                new Violation("amount.value", "must be an integer"),
                new Violation("amount.currency", "must be an ISO 4217 currency code such as EUR"),
                new Violation("card.cvv", "is not accepted: send a card security code only as card.securityCode"),
                new Violation("card.number", "fails the Luhn check"),
                new Violation("card.expiryMonth", "must be between 1 and 12"),
                new Violation("provider", "must be a string"),
                new Violation("billing.country", "must be an ISO 3166-1 alpha-2 code such as US"),
                new Violation("browser.ipAddress", "must be an IPv4 or IPv6 address"),
                new Violation("browser.colorDepth", "must be between 1 and 48"),
                new Violation("returnUrl", "must be an https URL without credentials or fragment")),
                refused.violations());
    }

    @Test
    void namesOneMessagePerFieldTheFirstRuleItFails() {
        assertRefused("\"number\": \"4000000000002701\"", "\"number\": \"40000000000027010000\"",
                "card.number", "must be at most 19 characters");
        assertRefused("\"number\": \"4000000000002701\"", "\"number\": \"4000-0000-0000-2701\"",
                "card.number", "must be 12 to 19 digits");
        assertRefused("\"number\": \"4000000000002701\"", "\"number\": \"40000000027\"",
                "card.number", "must be 12 to 19 digits");
        assertRefused("\"currency\": \"EUR\"", "\"currency\": \"EURO\"", "amount.currency",
                "must be at most 3 characters");
        assertRefused("\"securityCode\": \"123\"", "\"securityCode\": \"12345\"", "card.securityCode",
                "must be at most 4 characters");
    }

    @Test
    void refusesEachRuleWithTodaysMessage() {
        assertRefused("\"currency\": \"EUR\"", "\"currency\": \"XTS\"", "amount.currency",
                "must be an ISO 4217 currency code such as EUR");
        assertRefused("\"currency\": \"EUR\"", "\"currency\": \"XAU\"", "amount.currency",
                "must be an ISO 4217 currency code such as EUR");
        assertRefused("\"value\": 1000", "\"value\": 0", "amount.value", "must be between 1 and 999999999999");
        assertRefused("\"value\": 1000", "\"value\": 100000000000000000000", "amount.value",
                "must be between 1 and 999999999999");
        assertRefused("\"value\": 1000", "\"value\": 10.5", "amount.value", "must be an integer");
        assertRefused("\"expiryYear\": 2030", "\"expiryYear\": 2020", "card.expiryYear", "the card has expired");
        assertRefused("\"expiryYear\": 2030", "\"expiryYear\": 2100", "card.expiryYear",
                "must be between 2000 and 2099");
        assertRefused("\"securityCode\": \"123\"", "\"securityCode\": \"12a\"", "card.securityCode",
                "must be 3 or 4 digits");
        assertRefused("\"holderName\": \"Jane Doe\"", "\"holderName\": \"" + "x".repeat(46) + "\"",
                "card.holderName", "must be at most 45 characters");
        assertRefused("\"email\": \"jane@shop.example\"", "\"email\": \"jane\"", "customer.email",
                "must be an email address");
        assertRefused("\"phone\": \"+14158880000\"", "\"phone\": \"4158880000\"", "customer.phone",
                "must be in E.164 form, e.g. +14158880000");
        assertRefused("\"accountAgeDays\": 30", "\"accountAgeDays\": -1", "customer.accountAgeDays",
                "must be between 0 and 36500");
        assertRefused("\"timeZoneOffsetMinutes\": -60", "\"timeZoneOffsetMinutes\": 900",
                "browser.timeZoneOffsetMinutes", "must be between -840 and 840");
        assertRefused("\"javaEnabled\": false", "\"javaEnabled\": 0", "browser.javaEnabled", "must be true or false");
        assertRefused("\"ipAddress\": \"192.0.2.10\"", "\"ipAddress\": \"256.0.0.1\"", "browser.ipAddress",
                "must be an IPv4 or IPv6 address");
        assertRefused("\"firstName\": \"Jane\"", "\"firstName\": \"" + "x".repeat(51) + "\"", "billing.firstName",
                "must be at most 50 characters");
        assertRefused("\"returnUrl\": \"https://shop.example/done\"",
                "\"returnUrl\": \"https://u:p@shop.example/done\"", "returnUrl",
                "must be an https URL without credentials or fragment");
        assertRefused("\"merchantReference\": \"order-1\"", "\"merchantReference\": \"order-1\", \"provider\": \"\"",
                "provider", "must not be blank");
    }

    @Test
    void acceptsAnIpv6Address() {
        assertEquals("2001:db8::1", read(VALID.replace("192.0.2.10", "2001:db8::1"), false).browser().ipAddress());
    }

    @Test
    void refusesAnUnknownChallengePreference() {
        ValidationException refused = refused(VALID.replace("\"returnUrl\"",
                "\"challengePreference\": \"ALWAYS\", \"returnUrl\""), false);
        Violation violation = refused.violations().get(0);
        assertEquals("challengePreference", violation.field());
        for (String preference : List.of("NO_PREFERENCE", "NO_CHALLENGE_REQUESTED", "CHALLENGE_REQUESTED",
                "CHALLENGE_MANDATED")) {
            assertTrue(violation.message().startsWith("must be one of [")
                    && violation.message().contains(preference), violation.message());
        }
    }

    @Test
    void theSandboxAlsoTakesHttpOnLocalhost() {
        String local = VALID.replace("https://shop.example/done", "http://localhost:9080/done");
        assertEquals("http://localhost:9080/done", read(local, true).returnUrl());
        assertEquals(List.of(new Violation("returnUrl", "must be an https URL without credentials or fragment")),
                refused(local, false).violations());
        assertEquals(List.of(new Violation("returnUrl",
                        "must be an https URL (or http on localhost in the sandbox), without credentials or fragment")),
                refused(VALID.replace("https://shop.example/done", "http://shop.example/done"), true).violations());
    }

    @Test
    void refusesAnEncryptedCardWithWhatDoesNotBelongBesideIt() {
        ValidationException refused = refused(VALID.replace("\"number\": \"4000000000002701\"",
                "\"number\": \"4000000000002701\", \"encrypted\": \"bm90IHBncA==\", \"publicKeyAlias\": \"a b\""),
                false);
        assertEquals(List.of(
                new Violation("card.number", "must not be given with card.encrypted: send one or the other"),
                new Violation("card.encrypted",
                        "must be what verifone.js returns: base64 of an ASCII-armoured OpenPGP message"),
                new Violation("card.publicKeyAlias", "must be a key alias: letters, digits, '.', '_' or '-'"),
                new Violation("card.securityCode", "goes inside card.encrypted, not beside it")),
                refused.violations());
        assertEquals(List.of(new Violation("card.publicKeyAlias", "is required")),
                refused(VALID.replace("\"number\": \"4000000000002701\"", "\"encrypted\": \"" + ENCRYPTED + "\"")
                        .replace("\"securityCode\": \"123\",", ""), false).violations());
        assertEquals(List.of(new Violation("card.publicKeyAlias", "is only given with card.encrypted")),
                refused(VALID.replace("\"number\": \"4000000000002701\"",
                        "\"number\": \"4000000000002701\", \"publicKeyAlias\": \"sandbox-key-1\""), false)
                        .violations());
    }

    @Test
    void aMissingExpiryIsRequiredAndNothingElse() {
        assertEquals(List.of(new Violation("card.expiryMonth", "is required")),
                refused(VALID.replace("\"expiryMonth\": 12, ", ""), false).violations());
        assertEquals(List.of(new Violation("amount.value", "is required")),
                refused(VALID.replace("\"value\": 1000, ", ""), false).violations());
        assertEquals(List.of(new Violation("card.number", "is required")),
                refused(VALID.replace("\"number\": \"4000000000002701\", ", ""), false).violations());
    }

    @Test
    void refusesWhatIsNotJson() {
        assertEquals(List.of(new Violation("body", "is not valid JSON (at line 1, column 52)")),
                refused("{\"merchantReference\": \"x\",", false).violations());
        assertEquals(List.of(new Violation("body", "must be a JSON object")), refused("[]", false).violations());
        assertEquals("body", refused(VALID.replaceFirst("\\{", "{\"merchantReference\": \"a\", "), false)
                .violations().get(0).field());
        assertEquals(List.of(new Violation("amount", "must be an object")),
                refused(VALID.replace("{\"value\": 1000, \"currency\": \"EUR\"}", "1000"), false).violations());
    }

    private static void assertRefused(String from, String to, String field, String message) {
        assertTrue(VALID.contains(from), from);
        assertEquals(List.of(new Violation(field, message)), refused(VALID.replace(from, to), false).violations(),
                to);
    }

    private static ValidationException refused(String body, boolean sandbox) {
        return assertThrows(ValidationException.class, () -> read(body, sandbox));
    }

    private static NewAuthentication read(String body, boolean sandbox) {
        return READER.read(body, sandbox);
    }
}
