package io.threeds.gateway.card;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The data keys from configuration ({@code threeds.data-keys}, env {@code THREEDS_DATA_KEYS}):
 * {@code id:base64,id:base64,...}, each base64 of 32 random bytes. The first encrypts; all decrypt, so
 * a new key goes first and an old one stays listed until the re-encryption job has moved every value
 * off it (audited {@code data_keys.reencrypted}).
 */
public final class DataKeyring {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,16}");

    private final String activeId;
    private final Map<String, byte[]> keys;

    private DataKeyring(String activeId, Map<String, byte[]> keys) {
        this.activeId = activeId;
        this.keys = Collections.unmodifiableMap(keys);
    }

    public static DataKeyring parse(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalArgumentException("threeds.data-keys is empty: give id:base64-of-32-bytes");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : configured.split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2 || !ID.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException("threeds.data-keys: each key is id:base64, the id 1-16 of "
                        + "[A-Za-z0-9._-]");
            }
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(parts[1].trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("threeds.data-keys: key " + parts[0] + " is not base64");
            }
            if (raw.length != 32) {
                throw new IllegalArgumentException("threeds.data-keys: key " + parts[0] + " must be 32 bytes, is "
                        + raw.length);
            }
            if (keys.put(parts[0], raw) != null) {
                throw new IllegalArgumentException("threeds.data-keys: key id " + parts[0] + " given twice");
            }
        }
        return new DataKeyring(keys.keySet().iterator().next(), keys);
    }

    public String activeId() {
        return activeId;
    }

    byte[] key(String id) {
        byte[] key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("data key " + id + " is not in threeds.data-keys");
        }
        return key;
    }

    Iterable<String> ids() {
        return keys.keySet();
    }
}
