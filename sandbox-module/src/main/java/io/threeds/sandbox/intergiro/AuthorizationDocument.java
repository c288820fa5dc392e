package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The HTTP 201 {@code Authorization} that ends a successful cycle (PROVIDERS.md §2.3.1, [X]):
 * {@code {id, number, merchant, amount, currency, created, reference, card: {csc, expires, iin, last4,
 * scheme, type}, status, history, change, capture, refund}}. No 3-D Secure data: Intergiro does not
 * return it. The id is a new 16-character base64url id, not the cycle's; {@code reference} is 12 digits;
 * the merchant is {@code sandbox}; the card {@code credit}; the security code {@code matched} when the request
 * had one, and no {@code card.csc} member when it had none (our assumption: [X] shows only a matched one).
 */
final class AuthorizationDocument {
    static final String MERCHANT = "sandbox";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuthorizationDocument() {
    }

    static JsonObject created(Cycle cycle, Instant now) {
        CardOnFile card = cycle.card();
        JsonObjectBuilder shown = Jsonp.createObjectBuilder();
        if (card.hasSecurityCode()) {
            shown.add("csc", "matched");
        }
        return Jsonp.createObjectBuilder()
                .add("id", TransactionIds.newId())
                .add("number", cycle.number())
                .add("merchant", MERCHANT)
                .add("amount", cycle.purchase().amount())
                .add("currency", cycle.purchase().currency().getCurrencyCode())
                .add("created", now.truncatedTo(ChronoUnit.MILLIS).toString())
                .add("reference", "%012d".formatted(RANDOM.nextLong(1_000_000_000_000L)))
                .add("card", shown
                        .add("expires", Jsonp.createArrayBuilder().add(card.month()).add(card.year()))
                        .add("iin", card.iin())
                        .add("last4", card.lastFour())
                        .add("scheme", card.scheme())
                        .add("type", "credit"))
                .add("status", "authorized")
                .add("history", JsonValue.EMPTY_JSON_ARRAY)
                .add("change", JsonValue.EMPTY_JSON_ARRAY)
                .add("capture", JsonValue.EMPTY_JSON_ARRAY)
                .add("refund", JsonValue.EMPTY_JSON_ARRAY)
                .build();
    }
}
