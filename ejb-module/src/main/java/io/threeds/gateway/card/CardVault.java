package io.threeds.gateway.card;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;

/** Seals a card for holding (AES-GCM through {@link FieldCipher}) and opens it again. */
@ApplicationScoped
public class CardVault {
    @Inject
    FieldCipher cipher;

    public String seal(PlainCard card) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("number", card.number())
                .add("expiryMonth", card.expiryMonth())
                .add("expiryYear", card.expiryYear());
        if (card.holderName() != null) {
            json.add("holderName", card.holderName());
        }
        if (card.securityCode() != null) {
            json.add("securityCode", card.securityCode());
        }
        return cipher.encrypt(json.build().toString());
    }

    public PlainCard open(String sealed) {
        try (JsonReader reader = Json.createReader(new StringReader(cipher.decrypt(sealed)))) {
            JsonObject json = reader.readObject();
            return new PlainCard(json.getString("number"), json.getInt("expiryMonth"), json.getInt("expiryYear"),
                    json.getString("holderName", null), json.getString("securityCode", null));
        }
    }
}
