package io.threeds.gateway.audit;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.persistence.AuditBatch;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * A batch's signed tree head: chain positions {@code firstSequence..sequence}, the Merkle root of their
 * hashes, the chain's hash at {@code sequence} ({@code head}), when it was sealed, and the HMAC of all
 * of these under the key {@code keyId}. An auditor keeps one outside the system and hands it back to
 * verify as base64 of its JSON.
 */
public record Checkpoint(long batch, long firstSequence, long sequence, String head, String merkleRoot,
                         String sealedAt, String keyId, String signature) {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    public static Checkpoint of(AuditBatch batch) {
        return new Checkpoint(batch.getNumber(), batch.getFirstPosition(), batch.getLastPosition(), batch.getHead(),
                batch.getMerkleRoot(), time(batch.getSealedAt()), batch.getKeyId(), batch.getSignature());
    }

    /** A checkpoint's time as signed: RFC 3339 UTC with milliseconds. */
    public static String time(LocalDateTime at) {
        return AT.format(at);
    }

    /** What the signature covers: every field but the signature, in a fixed order. */
    public String signedText() {
        return "threeds-audit-checkpoint-v1|" + batch + "|" + firstSequence + "|" + sequence + "|" + head + "|"
                + merkleRoot + "|" + sealedAt + "|" + keyId;
    }

    /** Reads base64 (standard or URL-safe, padding optional) of the checkpoint's JSON. */
    public static Checkpoint parse(String base64) {
        try {
            String json = new String(Base64.getDecoder().decode(base64.trim().replace('-', '+').replace('_', '/')),
                    StandardCharsets.UTF_8);
            try (JsonReader reader = Jsonp.createReader(new StringReader(json))) {
                JsonObject o = reader.readObject();
                return new Checkpoint(o.getJsonNumber("batch").longValueExact(),
                        o.getJsonNumber("firstSequence").longValueExact(), o.getJsonNumber("sequence").longValueExact(),
                        o.getString("head"), o.getString("merkleRoot"), o.getString("sealedAt"), o.getString("keyId"),
                        o.getString("signature"));
            }
        } catch (IllegalArgumentException | JsonException | NullPointerException | ClassCastException
                 | ArithmeticException e) {
            throw new IllegalArgumentException("not base64 of a checkpoint's JSON", e);
        }
    }
}
