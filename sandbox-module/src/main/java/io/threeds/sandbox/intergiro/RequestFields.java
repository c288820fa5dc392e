package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the next re-POST of a cycle must repeat of a call: "Include all field from the request body in the
 * previous call" (001:92, 188, 269, 320), updated with the {@code id} and the card only (001:329-332).
 * Kept: every member but {@code id}, {@code card} and {@code amount} (compared as a number with the
 * currency, {@link Purchase}), and a SHA-256 fingerprint of the card without its {@code verification}: the
 * card object's members, or the card token. The card number and security code themselves are not kept.
 */
record RequestFields(JsonObject repeated, String card) {
    private static final Set<String> UPDATED = Set.of("id", RequestValidation.CARD, RequestValidation.AMOUNT);

    static RequestFields of(JsonObject body) {
        JsonObjectBuilder repeated = Jsonp.createObjectBuilder();
        body.forEach((name, value) -> {
            if (!UPDATED.contains(name)) {
                repeated.add(name, value);
            }
        });
        return new RequestFields(repeated.build(), fingerprint(body.get(RequestValidation.CARD)));
    }

    /** The first member of this call that {@code next} leaves out or changes, if any. */
    Optional<String> unrepeatedIn(RequestFields next) {
        return repeated.keySet().stream().filter(name -> !repeated.get(name).equals(next.repeated.get(name)))
                .findFirst();
    }

    boolean sameCard(RequestFields next) {
        return MessageDigest.isEqual(card.getBytes(StandardCharsets.US_ASCII),
                next.card.getBytes(StandardCharsets.US_ASCII));
    }

    /** The card as it stays from call to call: a card token, or the card object's members in name order. */
    private static String fingerprint(JsonValue card) {
        String kept;
        if (card instanceof JsonString token) {
            kept = "token " + token.getString().strip();
        } else if (card instanceof JsonObject object && object.get("token") instanceof JsonString token) {
            kept = "token " + token.getString().strip();
        } else {
            TreeMap<String, JsonValue> members = new TreeMap<>(card.asJsonObject());
            members.remove("verification");
            kept = "card " + members;
        }
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(kept.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
