package io.threeds.gateway.audit;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.persistence.AuditEvent;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * {@code hash = SHA-256(previousHash || canonical JSON of the event)}. The canonical JSON has the
 * event's fields in alphabetical order, nulls included, times as {@code yyyy-MM-ddTHH:mm:ss.SSSZ}.
 */
public final class AuditHash {
    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private AuditHash() {
    }

    /** The hash of {@code event} chained after {@code previousHash}. */
    public static String of(String previousHash, AuditEvent event) {
        return of(previousHash, event.getId(), event.getSequence(), event.getAt(), event.getType(), event.getActor(),
                event.getActorRole(), event.getMerchantId(), event.getAuthenticationId(), event.getOutcome(),
                event.getDetails());
    }

    public static String of(String previousHash, String id, long sequence, LocalDateTime at, String type, String actor,
                            String actorRole, String merchantId, String authenticationId, String outcome,
                            String details) {
        JsonObjectBuilder canonical = Jsonp.createObjectBuilder();
        add(canonical, "actor", actor);
        add(canonical, "actorRole", actorRole);
        add(canonical, "at", AT.format(at));
        add(canonical, "authenticationId", authenticationId);
        add(canonical, "details", details);
        add(canonical, "id", id);
        add(canonical, "merchantId", merchantId);
        add(canonical, "outcome", outcome);
        canonical.add("sequence", sequence);
        add(canonical, "type", type);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha.update(canonical.build().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static void add(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }
}
