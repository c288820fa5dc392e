package io.threeds.gateway.web.api;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.card.EncryptedCard;
import io.threeds.gateway.model.Amount;
import io.threeds.gateway.model.Billing;
import io.threeds.gateway.model.BrowserInfo;
import io.threeds.gateway.model.Customer;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.model.Profiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and validates {@code POST /api/v1/authentications} (API.md §2); nothing is stored before it passes.
 * The JSON step ({@link RequestObject}) refuses unknown fields, duplicate keys and wrong JSON types and
 * maps the body into the records; their Bean Validation constraints hold the rules. A value the JSON step
 * refused stands in the record as null or zero: such a record never leaves here, and the JSON step's
 * message names that field.
 */
@ApplicationScoped
public class AuthenticationRequestReader {
    private static final RequestViolations VIOLATIONS = new RequestViolations(List.of(
            "merchantReference", "amount", "amount.value", "amount.currency",
            "card", "card.number", "card.encrypted", "card.publicKeyAlias", "card.expiryMonth", "card.expiryYear",
            "card.holderName", "card.securityCode", "provider",
            "billing", "billing.firstName", "billing.lastName", "billing.line1", "billing.line2", "billing.city",
            "billing.postalCode", "billing.state", "billing.country",
            "customer", "customer.email", "customer.phone", "customer.accountAgeDays",
            "browser", "browser.acceptHeader", "browser.userAgent", "browser.ipAddress", "browser.language",
            "browser.colorDepth", "browser.screenHeight", "browser.screenWidth", "browser.timeZoneOffsetMinutes",
            "browser.javaEnabled", "browser.javascriptEnabled", "challengePreference", "returnUrl"),
            Map.of("card.encrypted.blob", "card.encrypted", "card.encrypted.publicKeyAlias", "card.publicKeyAlias"));
    private static final Set<String> TOP = VIOLATIONS.fieldsOf("");
    private static final Set<String> AMOUNT = VIOLATIONS.fieldsOf("amount");
    private static final Set<String> CARD = VIOLATIONS.fieldsOf("card");
    private static final Set<String> BILLING = VIOLATIONS.fieldsOf("billing");
    private static final Set<String> CUSTOMER = VIOLATIONS.fieldsOf("customer");
    private static final Set<String> BROWSER = VIOLATIONS.fieldsOf("browser");

    @Inject
    Validator validator;

    /** {@code sandbox}: the sandbox profile, where an http returnUrl on localhost is also accepted. */
    NewAuthentication read(String body, boolean sandbox) {
        RequestObject request = RequestObject.parse(body, TOP);
        NewAuthentication read = new NewAuthentication(request.string("merchantReference"),
                amount(request.object("amount", false, AMOUNT)), card(request.object("card", false, CARD)),
                request.string("provider"), billing(request.object("billing", false, BILLING)),
                customer(request.object("customer", false, CUSTOMER)),
                browser(request.object("browser", false, BROWSER)),
                Objects.requireNonNullElse(request.string("challengePreference"), "NO_PREFERENCE"),
                request.string("returnUrl"));
        VIOLATIONS.throwIfAny(request.violations(), validator.validate(read, Default.class,
                sandbox ? Profiles.Sandbox.class : Profiles.Production.class));
        return read;
    }

    private static Amount amount(RequestObject amount) {
        if (amount == null) {
            return null;
        }
        Long value = amount.integer("value", true);
        return new Amount(value == null ? 0 : value, amount.string("currency"));
    }

    /** A plain {@code number}, or instead a client-side {@code encrypted} card with its key's alias. */
    private static Card card(RequestObject card) {
        if (card == null) {
            return null;
        }
        int month = toInt(card.integer("expiryMonth", true));
        int year = toInt(card.integer("expiryYear", true));
        String holderName = card.string("holderName");
        String securityCode = card.string("securityCode");
        if (card.has("encrypted")) {
            if (card.has("number")) {
                card.reject("number", "must not be given with card.encrypted: send one or the other");
            }
            if (securityCode != null) {
                card.reject("securityCode", "goes inside card.encrypted, not beside it");
            }
            return Card.clientEncrypted(new EncryptedCard(card.string("encrypted"), card.string("publicKeyAlias")),
                    month, year, holderName);
        }
        if (card.has("publicKeyAlias")) {
            card.reject("publicKeyAlias", "is only given with card.encrypted");
        }
        String number = card.string("number", true, Integer.MAX_VALUE);
        return new Card(number == null ? "" : number, month, year, holderName, securityCode);
    }

    private static Billing billing(RequestObject billing) {
        return billing == null ? null : new Billing(billing.string("firstName"), billing.string("lastName"),
                billing.string("line1"), billing.string("line2"), billing.string("city"),
                billing.string("postalCode"), billing.string("state"), billing.string("country"));
    }

    private static Customer customer(RequestObject customer) {
        return customer == null ? null : new Customer(customer.string("email"), customer.string("phone"),
                toInteger(customer.integer("accountAgeDays", false)));
    }

    private static BrowserInfo browser(RequestObject browser) {
        return browser == null ? null : new BrowserInfo(browser.string("acceptHeader"),
                browser.string("userAgent"), browser.string("ipAddress"), browser.string("language"),
                toInteger(browser.integer("colorDepth", false)), toInteger(browser.integer("screenHeight", false)),
                toInteger(browser.integer("screenWidth", false)),
                toInteger(browser.integer("timeZoneOffsetMinutes", false)), browser.bool("javaEnabled"),
                browser.bool("javascriptEnabled"));
    }

    private static int toInt(Long value) {
        return value == null ? 0 : toInteger(value);
    }

    /** Clamped into an int's range, so that the field's range constraint still refuses what is beyond it. */
    private static Integer toInteger(Long value) {
        return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
