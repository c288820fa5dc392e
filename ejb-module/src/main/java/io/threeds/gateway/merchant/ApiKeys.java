package io.threeds.gateway.merchant;

import io.threeds.gateway.Utc;
import io.threeds.gateway.persistence.ApiKey;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/** Issues API keys (256 random bits, shown once) and resolves a presented key by its hash. */
@Stateless
public class ApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    /** Stores the hash of a new random key for the principal and returns the key itself. */
    public String issue(Role role, String principalId, String principalName) {
        String key = secret("tds_" + role.wireName().charAt(0) + "_");
        register(key, role, principalId, principalName);
        return key;
    }

    /** Stores the hash of a key chosen elsewhere (the admin key from THREEDS_ADMIN_API_KEY). */
    public void register(String key, Role role, String principalId, String principalName) {
        em.persist(new ApiKey(UUID.randomUUID().toString(), hash(key), role.name(), principalId, principalName,
                Utc.now()));
    }

    /** 256 random bits, base64url, after a prefix that says what the secret is for. */
    public static String secret(String prefix) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public Optional<ApiKey> find(String presentedKey) {
        return em.createNamedQuery("ApiKey.byHash", ApiKey.class).setParameter("hash", hash(presentedKey))
                .getResultStream().findFirst();
    }

    public boolean anyWithRole(Role role) {
        return em.createNamedQuery("ApiKey.countByRole", Long.class).setParameter("role", role.name())
                .getSingleResult() > 0;
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
