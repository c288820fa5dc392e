package io.threeds.gateway.authentication;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.card.EncryptedColumn;
import io.threeds.gateway.card.FieldCipher;
import io.threeds.gateway.persistence.Authentication;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The provider's own ids and state kept on an authentication, as a flat JSON object of strings, stored
 * encrypted: a provider may keep there what stands for the card (intergiro's antifraud card token) or
 * what the browser relayed of a result.
 */
final class ProviderRefs {
    private ProviderRefs() {
    }

    static Map<String, String> read(FieldCipher cipher, Authentication authentication) {
        String json = cipher.decrypt(EncryptedColumn.PROVIDER_REFS, authentication.getId(),
                authentication.getProviderRefs());
        Map<String, String> refs = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return refs;
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((key, value) -> refs.put(key, ((JsonString) value).getString()));
        }
        return refs;
    }

    static void write(FieldCipher cipher, Authentication authentication, Map<String, String> refs) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder();
        new TreeMap<>(refs).forEach(json::add);
        authentication.setProviderRefs(cipher.encrypt(EncryptedColumn.PROVIDER_REFS, authentication.getId(),
                json.build().toString()));
    }
}
