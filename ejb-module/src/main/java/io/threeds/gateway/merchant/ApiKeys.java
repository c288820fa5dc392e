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
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issues API keys (256 random bits, shown once) and resolves a presented key by its hash. */
@Stateless
public class ApiKeys {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** {@code tds_m_} and 4 of the key's random characters: enough to tell keys apart, nothing to guess with. */
    private static final int PREFIX = 10;

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    /** Stores the hash of a new random key for the principal and returns the key itself. */
    public String issue(Role role, String principalId, String principalName) {
        return issue(role, principalId, principalName, null).secret();
    }

    /** A further key for the principal, working until {@code expiresAt} (null: until revoked). */
    public IssuedKey issue(Role role, String principalId, String principalName, LocalDateTime expiresAt) {
        String key = secret("tds_" + role.wireName().charAt(0) + "_");
        return new IssuedKey(register(key, role, principalId, principalName, expiresAt), key);
    }

    /** Stores the hash of a key chosen elsewhere (the admin key from THREEDS_ADMIN_API_KEY). */
    public void register(String key, Role role, String principalId, String principalName) {
        register(key, role, principalId, principalName, null);
    }

    private ApiKey register(String key, Role role, String principalId, String principalName, LocalDateTime expiresAt) {
        ApiKey stored = new ApiKey(UUID.randomUUID().toString(), hash(key), key.substring(0, Math.min(PREFIX, key.length())),
                role.name(), principalId, principalName, Utc.now(), expiresAt);
        em.persist(stored);
        return stored;
    }

    /** The principal's keys, oldest first (revoked and expired ones too: the list is a record). */
    public List<ApiKey> of(Role role, String principalId) {
        return em.createNamedQuery("ApiKey.ofPrincipal", ApiKey.class).setParameter("role", role.name())
                .setParameter("principal", principalId).getResultList();
    }

    /** 256 random bits, base64url, after a prefix that says what the secret is for. */
    public static String secret(String prefix) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /**
     * The key presented, if it is valid now. Read from the database on every request, so a revoked key is
     * refused at once by every instance. Its last use is written at most once a minute.
     */
    public Optional<ApiKey> find(String presentedKey) {
        LocalDateTime now = Utc.now();
        Optional<ApiKey> key = em.createNamedQuery("ApiKey.byHash", ApiKey.class).setParameter("hash", hash(presentedKey))
                .getResultStream().findFirst().filter(k -> k.isValidAt(now));
        key.filter(k -> k.getLastUsedAt() == null || k.getLastUsedAt().isBefore(now.minusMinutes(1)))
                .ifPresent(k -> em.createNativeQuery("UPDATE api_key SET last_used_at = ?1 WHERE id = ?2")
                        .setParameter(1, now.truncatedTo(ChronoUnit.MINUTES)).setParameter(2, k.getId()).executeUpdate());
        return key;
    }

    /** Whether this key was ever stored, valid or not (a revoked admin key is not registered again). */
    public boolean known(String presentedKey) {
        return em.createNamedQuery("ApiKey.byHash", ApiKey.class).setParameter("hash", hash(presentedKey))
                .getResultStream().findAny().isPresent();
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
