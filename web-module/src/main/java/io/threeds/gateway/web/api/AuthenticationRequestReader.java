package io.threeds.gateway.web.api;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.card.EncryptedCard;
import io.threeds.gateway.card.Luhn;
import io.threeds.gateway.model.Amount;
import io.threeds.gateway.model.Billing;
import io.threeds.gateway.model.BrowserInfo;
import io.threeds.gateway.model.Customer;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.model.WebOrigins;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/** Reads and validates {@code POST /api/v1/authentications} (API.md §2); nothing is stored before it passes. */
final class AuthenticationRequestReader {
    private static final Set<String> TOP = Set.of("merchantReference", "amount", "card", "provider", "billing",
            "customer", "browser", "challengePreference", "returnUrl");
    private static final Set<String> AMOUNT = Set.of("value", "currency");
    private static final Set<String> CARD = Set.of("number", "encrypted", "publicKeyAlias", "expiryMonth",
            "expiryYear", "holderName", "securityCode");
    private static final Set<String> BILLING = Set.of("firstName", "lastName", "line1", "line2", "city",
            "postalCode", "state", "country");
    private static final Set<String> CUSTOMER = Set.of("email", "phone", "accountAgeDays");
    private static final Set<String> BROWSER = Set.of("acceptHeader", "userAgent", "ipAddress", "language",
            "colorDepth", "screenHeight", "screenWidth", "timeZoneOffsetMinutes", "javaEnabled",
            "javascriptEnabled");
    private static final Set<String> CHALLENGE_PREFERENCES = Set.of("NO_PREFERENCE", "NO_CHALLENGE_REQUESTED",
            "CHALLENGE_REQUESTED", "CHALLENGE_MANDATED");
    /** ISO 4217 codes that are not money: no gold, no test code, no "no currency". */
    private static final Set<String> NOT_MONEY = Set.of("XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XSU",
            "XUA", "XBA", "XBB", "XBC", "XBD");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private AuthenticationRequestReader() {
    }

    /** {@code sandbox}: the sandbox profile, where an http returnUrl on localhost is also accepted. */
    static NewAuthentication read(String body, boolean sandbox) {
        RequestObject request = RequestObject.parse(body, TOP);
        String merchantReference = request.string("merchantReference", true, 128);
        Amount amount = amount(request.object("amount", true, AMOUNT));
        Card card = card(request.object("card", true, CARD));
        String provider = request.string("provider", false, 32);
        Billing billing = billing(request.object("billing", false, BILLING));
        Customer customer = customer(request.object("customer", false, CUSTOMER));
        BrowserInfo browser = browser(request.object("browser", false, BROWSER));
        String challengePreference = request.string("challengePreference", false, 32);
        if (challengePreference != null && !CHALLENGE_PREFERENCES.contains(challengePreference)) {
            request.reject("challengePreference", "must be one of " + CHALLENGE_PREFERENCES);
        }
        String returnUrl = request.string("returnUrl", true, 2048);
        if (returnUrl != null && !WebOrigins.isAcceptableUrl(returnUrl, sandbox)) {
            request.reject("returnUrl", sandbox
                    ? "must be an https URL (or http on localhost in the sandbox), without credentials or fragment"
                    : "must be an https URL without credentials or fragment");
        }
        request.throwIfInvalid();
        return new NewAuthentication(merchantReference, amount, card, provider, billing, customer, browser,
                challengePreference == null ? "NO_PREFERENCE" : challengePreference, returnUrl);
    }

    private static Amount amount(RequestObject amount) {
        if (amount == null) {
            return null;
        }
        Long value = amount.integer("value", true, 1, 999_999_999_999L);
        String currency = amount.string("currency", true, 3);
        if (currency != null && !isCurrency(currency)) {
            amount.reject("currency", "must be an ISO 4217 currency code such as EUR");
        }
        return value == null || currency == null ? null : new Amount(value, currency);
    }

    static boolean isCurrency(String code) {
        if (!code.matches("[A-Z]{3}") || NOT_MONEY.contains(code)) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A plain {@code number}, or instead a client-side {@code encrypted} card with its key's alias. */
    private static Card card(RequestObject card) {
        if (card == null) {
            return null;
        }
        boolean encrypted = card.has("encrypted");
        String number = encrypted ? null : number(card);
        EncryptedCard clientEncrypted = encrypted ? encrypted(card) : null;
        if (!encrypted && card.has("publicKeyAlias")) {
            card.reject("publicKeyAlias", "is only given with card.encrypted");
        }
        Long month = card.integer("expiryMonth", true, 1, 12);
        Long year = card.integer("expiryYear", true, 2000, 2099);
        if (month != null && year != null
                && YearMonth.of(year.intValue(), month.intValue()).isBefore(YearMonth.now(ZoneOffset.UTC))) {
            card.reject("expiryYear", "the card has expired");
        }
        String holderName = card.string("holderName", false, 45);
        String securityCode = card.string("securityCode", false, 4);
        if (securityCode != null && encrypted) {
            card.reject("securityCode", "goes inside card.encrypted, not beside it");
        } else if (securityCode != null && !securityCode.matches("\\d{3,4}")) {
            card.reject("securityCode", "must be 3 or 4 digits");
        }
        if (month == null || year == null) {
            return null;
        }
        if (clientEncrypted != null) {
            return Card.clientEncrypted(clientEncrypted, month.intValue(), year.intValue(), holderName);
        }
        return number == null ? null : new Card(number, month.intValue(), year.intValue(), holderName, securityCode);
    }

    private static String number(RequestObject card) {
        String number = card.string("number", true, 19);
        if (number != null && !number.matches("\\d{12,19}")) {
            card.reject("number", "must be 12 to 19 digits");
            return null;
        }
        if (number != null && !Luhn.valid(number)) {
            card.reject("number", "fails the Luhn check");
            return null;
        }
        return number;
    }

    private static EncryptedCard encrypted(RequestObject card) {
        if (card.has("number")) {
            card.reject("number", "must not be given with card.encrypted: send one or the other");
        }
        String blob = card.string("encrypted", true, EncryptedCard.MAX_LENGTH);
        if (blob != null && !EncryptedCard.isArmouredMessage(blob)) {
            card.reject("encrypted", "must be what verifone.js returns: base64 of an ASCII-armoured OpenPGP message");
            blob = null;
        }
        String alias = card.string("publicKeyAlias", true, 64);
        if (alias != null && !alias.matches("[A-Za-z0-9._-]+")) {
            card.reject("publicKeyAlias", "must be a key alias: letters, digits, '.', '_' or '-'");
            alias = null;
        }
        return blob == null || alias == null ? null : new EncryptedCard(blob, alias);
    }

    private static Billing billing(RequestObject billing) {
        if (billing == null) {
            return null;
        }
        Billing read = new Billing(billing.string("firstName", false, 50), billing.string("lastName", false, 50),
                billing.string("line1", false, 50), billing.string("line2", false, 50),
                billing.string("city", false, 50), billing.string("postalCode", false, 16),
                billing.string("state", false, 3), billing.string("country", false, 2));
        if (read.country() != null && !COUNTRIES.contains(read.country())) {
            billing.reject("country", "must be an ISO 3166-1 alpha-2 code such as US");
        }
        return read;
    }

    private static Customer customer(RequestObject customer) {
        if (customer == null) {
            return null;
        }
        String email = customer.string("email", false, 254);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            customer.reject("email", "must be an email address");
        }
        String phone = customer.string("phone", false, 16);
        if (phone != null && !phone.matches("\\+[1-9]\\d{4,14}")) {
            customer.reject("phone", "must be in E.164 form, e.g. +14158880000");
        }
        Long age = customer.integer("accountAgeDays", false, 0, 36_500);
        return new Customer(email, phone, age == null ? null : age.intValue());
    }

    private static BrowserInfo browser(RequestObject browser) {
        if (browser == null) {
            return null;
        }
        String ip = browser.string("ipAddress", false, 45);
        if (ip != null && !IpAddresses.isLiteral(ip)) {
            browser.reject("ipAddress", "must be an IPv4 or IPv6 address");
        }
        Long colorDepth = browser.integer("colorDepth", false, 1, 48);
        Long height = browser.integer("screenHeight", false, 1, 999_999);
        Long width = browser.integer("screenWidth", false, 1, 999_999);
        Long offset = browser.integer("timeZoneOffsetMinutes", false, -840, 840);
        return new BrowserInfo(browser.string("acceptHeader", false, 2048), browser.string("userAgent", false, 2048),
                ip, browser.string("language", false, 35), toInt(colorDepth), toInt(height), toInt(width),
                toInt(offset), browser.bool("javaEnabled"), browser.bool("javascriptEnabled"));
    }

    private static Integer toInt(Long value) {
        return value == null ? null : value.intValue();
    }
}
