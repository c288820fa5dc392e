package io.threeds.gateway.authentication;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.card.Card;
import io.threeds.gateway.card.EncryptedCard;
import io.threeds.gateway.card.EncryptedColumn;
import io.threeds.gateway.card.FieldCipher;
import io.threeds.gateway.model.Amount;
import io.threeds.gateway.model.Billing;
import io.threeds.gateway.model.BrowserInfo;
import io.threeds.gateway.model.Customer;
import io.threeds.gateway.model.NewAuthentication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * Seals a merchant's request, card included, for a provider that needs it again after the first call
 * (a re-POST, an enrollment after device data collection, a payment step), and opens it again. Sealed
 * with AES-GCM through {@link FieldCipher}; the key never is in the database.
 */
@ApplicationScoped
public class RequestVault {
    @Inject
    FieldCipher cipher;

    public String seal(String authenticationId, NewAuthentication request) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("merchantReference", request.merchantReference())
                .add("amount", Jsonp.createObjectBuilder().add("value", request.amount().value())
                        .add("currency", request.amount().currency()))
                .add("card", card(request.card()))
                .add("challengePreference", request.challengePreference())
                .add("returnUrl", request.returnUrl());
        if (request.billing() != null) {
            Billing b = request.billing();
            json.add("billing", Jsonp.createObjectBuilder().add("firstName", nullable(b.firstName()))
                    .add("lastName", nullable(b.lastName())).add("line1", nullable(b.line1()))
                    .add("line2", nullable(b.line2())).add("city", nullable(b.city()))
                    .add("postalCode", nullable(b.postalCode())).add("state", nullable(b.state()))
                    .add("country", nullable(b.country())));
        }
        if (request.customer() != null) {
            Customer c = request.customer();
            json.add("customer", Jsonp.createObjectBuilder().add("email", nullable(c.email()))
                    .add("phone", nullable(c.phone()))
                    .add("accountAgeDays", c.accountAgeDays() == null ? JsonValue.NULL
                            : Jsonp.createValue(c.accountAgeDays())));
        }
        if (request.browser() != null) {
            BrowserInfo b = request.browser();
            json.add("browser", Jsonp.createObjectBuilder().add("acceptHeader", nullable(b.acceptHeader()))
                    .add("userAgent", nullable(b.userAgent())).add("ipAddress", nullable(b.ipAddress()))
                    .add("language", nullable(b.language())).add("colorDepth", number(b.colorDepth()))
                    .add("screenHeight", number(b.screenHeight())).add("screenWidth", number(b.screenWidth()))
                    .add("timeZoneOffsetMinutes", number(b.timeZoneOffsetMinutes()))
                    .add("javaEnabled", bool(b.javaEnabled())).add("javascriptEnabled", bool(b.javascriptEnabled())));
        }
        return cipher.encrypt(EncryptedColumn.HELD_REQUEST, authenticationId, json.build().toString());
    }

    public NewAuthentication open(String authenticationId, String sealed) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(cipher.decrypt(EncryptedColumn.HELD_REQUEST, authenticationId, sealed)))) {
            JsonObject json = reader.readObject();
            JsonObject card = json.getJsonObject("card");
            JsonObject amount = json.getJsonObject("amount");
            JsonObject billing = json.getJsonObject("billing");
            JsonObject customer = json.getJsonObject("customer");
            JsonObject browser = json.getJsonObject("browser");
            return new NewAuthentication(json.getString("merchantReference"),
                    new Amount(amount.getJsonNumber("value").longValue(), amount.getString("currency")),
                    card(card),
                    null,
                    billing == null ? null : new Billing(text(billing, "firstName"), text(billing, "lastName"),
                            text(billing, "line1"), text(billing, "line2"), text(billing, "city"),
                            text(billing, "postalCode"), text(billing, "state"), text(billing, "country")),
                    customer == null ? null : new Customer(text(customer, "email"), text(customer, "phone"),
                            integer(customer, "accountAgeDays")),
                    browser == null ? null : new BrowserInfo(text(browser, "acceptHeader"), text(browser, "userAgent"),
                            text(browser, "ipAddress"), text(browser, "language"), integer(browser, "colorDepth"),
                            integer(browser, "screenHeight"), integer(browser, "screenWidth"),
                            integer(browser, "timeZoneOffsetMinutes"), flag(browser, "javaEnabled"),
                            flag(browser, "javascriptEnabled")),
                    json.getString("challengePreference"), json.getString("returnUrl"));
        }
    }

    private static JsonObjectBuilder card(Card card) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("expiryMonth", card.expiryMonth())
                .add("expiryYear", card.expiryYear()).add("holderName", nullable(card.holderName()))
                .add("securityCode", nullable(card.securityCode()));
        if (card.isEncrypted()) {
            return json.add("encrypted", card.encrypted().blob())
                    .add("publicKeyAlias", card.encrypted().publicKeyAlias());
        }
        return json.add("number", card.number());
    }

    private static Card card(JsonObject card) {
        return new Card(card.containsKey("number") ? card.getString("number") : null, card.containsKey("encrypted")
                ? new EncryptedCard(card.getString("encrypted"), card.getString("publicKeyAlias")) : null,
                card.getInt("expiryMonth"), card.getInt("expiryYear"), text(card, "holderName"),
                text(card, "securityCode"));
    }

    private static JsonValue nullable(String value) {
        return value == null ? JsonValue.NULL : Jsonp.createValue(value);
    }

    private static JsonValue number(Integer value) {
        return value == null ? JsonValue.NULL : Jsonp.createValue(value);
    }

    private static JsonValue bool(Boolean value) {
        return value == null ? JsonValue.NULL : value ? JsonValue.TRUE : JsonValue.FALSE;
    }

    private static String text(JsonObject json, String name) {
        return json.isNull(name) ? null : json.getString(name);
    }

    private static Integer integer(JsonObject json, String name) {
        return json.isNull(name) ? null : json.getInt(name);
    }

    private static Boolean flag(JsonObject json, String name) {
        return json.isNull(name) ? null : json.getBoolean(name);
    }
}
