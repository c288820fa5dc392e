package io.threeds.gateway.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The new authentication's domain constraints, each with the message the API answers. */
class RequestConstraintsTest {
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();
    private static final String CURRENCY = "must be an ISO 4217 currency code such as EUR";

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "USD", "JPY", "CHF"})
    void acceptsMoney(String code) {
        assertEquals(List.of(), messages(VALIDATOR.validateValue(Amount.class, "currency", code)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EUX", "eur", "XXX", "XTS", "XAU", "XAG", "XDR"})
    void refusesWhatIsNotMoney(String code) {
        assertEquals(List.of(CURRENCY), messages(VALIDATOR.validateValue(Amount.class, "currency", code)));
    }

    @Test
    void aCountryIsAnIsoAlpha2Code() {
        assertEquals(List.of(), messages(VALIDATOR.validateValue(Billing.class, "country", "DE")));
        assertEquals(List.of("must be an ISO 3166-1 alpha-2 code such as US"),
                messages(VALIDATOR.validateValue(Billing.class, "country", "XX")));
        assertEquals(List.of("must be an ISO 3166-1 alpha-2 code such as US"),
                messages(VALIDATOR.validateValue(Billing.class, "country", "us")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.10", "255.255.255.255", "2001:db8::1", "::1", "fe80::1"})
    void acceptsIpAddressLiterals(String address) {
        assertEquals(List.of(), messages(VALIDATOR.validateValue(BrowserInfo.class, "ipAddress", address)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "192.0.2", "my-host.example", "localhost", "2001:db8::g", "1.2.3.4:80"})
    void refusesWhatIsNotAnIpAddress(String address) {
        assertEquals(List.of("must be an IPv4 or IPv6 address"),
                messages(VALIDATOR.validateValue(BrowserInfo.class, "ipAddress", address)));
    }

    @Test
    void aReturnUrlIsHttpsWithoutCredentialsOrFragment() {
        assertEquals(List.of(), returnUrl("https://shop.example/done", Profiles.Production.class));
        for (String refused : List.of("http://shop.example/done", "http://localhost:8080/done",
                "https://u:p@shop.example/done", "https://shop.example/done#top", "shop.example/done")) {
            assertEquals(List.of("must be an https URL without credentials or fragment"),
                    returnUrl(refused, Profiles.Production.class), refused);
        }
    }

    @Test
    void theSandboxAlsoTakesHttpOnLocalhost() {
        assertEquals(List.of(), returnUrl("http://localhost:8080/done", Profiles.Sandbox.class));
        assertEquals(List.of(), returnUrl("https://shop.example/done", Profiles.Sandbox.class));
        assertEquals(List.of("must be an https URL (or http on localhost in the sandbox), without credentials or "
                + "fragment"), returnUrl("http://shop.example/done", Profiles.Sandbox.class));
    }

    private static List<String> returnUrl(String url, Class<?> profile) {
        return messages(VALIDATOR.validateValue(NewAuthentication.class, "returnUrl", url, Default.class, profile));
    }

    private static List<String> messages(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).toList();
    }
}
