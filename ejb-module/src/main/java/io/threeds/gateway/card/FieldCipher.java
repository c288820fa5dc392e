package io.threeds.gateway.card;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * AES-256-GCM for values that may be stored only encrypted (authentication values, a card held while a
 * provider still needs it, hosted-page tokens, stored answers, webhook secrets, provider refs). Keys come
 * from configuration ({@link DataKeyring}), never from the database.
 *
 * <p>Stored form: {@code v2:<key id>:base64(12-byte random nonce || ciphertext || tag)}. The key is
 * derived per column with HKDF from the data key named by the id, and the column and row id are the
 * additional authenticated data: a ciphertext copied to another row or column does not decrypt. Values
 * written before (the {@code v1:} form: the raw key, no AAD; provider refs in clear) are still read, and
 * the re-encryption job rewrites them.
 */
@ApplicationScoped
public class FieldCipher {
    private static final String V2 = "v2:";
    private static final String V1 = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "threeds.data-keys")
    String configuredKeys;

    private DataKeyring keyring;
    /** Derived keys, by key id and column: a cache of what HKDF gives for the configured keys. */
    private final Map<String, SecretKeySpec> derived = new ConcurrentHashMap<>();

    public FieldCipher() {
    }

    public FieldCipher(DataKeyring keyring) {
        this.keyring = keyring;
    }

    @PostConstruct
    void readKeys() {
        keyring = DataKeyring.parse(configuredKeys);
    }

    public String encrypt(EncryptedColumn column, String rowId, String plain) {
        if (plain == null) {
            return null;
        }
        String keyId = keyring.activeId();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(keyId, column), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(column.place(rowId));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return V2 + keyId + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    public String decrypt(EncryptedColumn column, String rowId, String stored) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(V2)) {
            int colon = stored.indexOf(':', V2.length());
            if (colon < 0) {
                throw new IllegalArgumentException("unknown cipher text format");
            }
            String keyId = stored.substring(V2.length(), colon);
            return open(key(keyId, column), column.place(rowId), stored.substring(colon + 1));
        }
        if (stored.startsWith(V1)) {
            return legacy(stored.substring(V1.length()));
        }
        if (column == EncryptedColumn.PROVIDER_REFS && stored.startsWith("{")) {
            return stored;
        }
        throw new IllegalArgumentException("unknown cipher text format");
    }

    /** Whether a stored value is already encrypted with the active key in the current form. */
    public boolean current(String stored) {
        return stored == null || stored.startsWith(V2 + keyring.activeId() + ":");
    }

    /** The active key's id, as the re-encryption job reports it. */
    public String activeKeyId() {
        return keyring.activeId();
    }

    private String legacy(String encoded) {
        for (String id : keyring.ids()) {
            try {
                return open(new SecretKeySpec(keyring.key(id), "AES"), null, encoded);
            } catch (IllegalStateException wrongKey) {
                // a v1 value names no key: try the next one
            }
        }
        throw new IllegalStateException("cannot decrypt: no configured key opens this v1 value");
    }

    private static String open(SecretKeySpec key, byte[] aad, String encoded) {
        try {
            byte[] all = Base64.getDecoder().decode(encoded);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            if (aad != null) {
                cipher.updateAAD(aad);
            }
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("cannot decrypt: wrong key, or a value moved or altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt", e);
        }
    }

    private SecretKeySpec key(String keyId, EncryptedColumn column) {
        return derived.computeIfAbsent(keyId + "/" + column.name(), ignored -> new SecretKeySpec(
                Hkdf.derive(keyring.key(keyId), new byte[0], column.purpose()), "AES"));
    }
}
