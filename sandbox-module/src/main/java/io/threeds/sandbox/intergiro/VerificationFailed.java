package io.threeds.sandbox.intergiro;

import io.threeds.sandbox.Jsonp;
import jakarta.json.JsonObject;

/**
 * The HTTP 400 that ends a cycle whose challenge or 3-D Secure 1.0 step gave N, U or R. The seed documents
 * no failure answer (G-I10), only one error shape (001:19-39): so this is that shape, about the card, with
 * the cycle's {@code id}: {@code {status: 400, type: "malformed content", content: {property: "card", type:
 * "Card.Creatable | Card.Token", description}, error, id}}. The words are our assumption, and deliberately
 * not the "verification failed" PROVIDERS.md proposes: a gateway must recognise the documented shape, not
 * words the seed never gives.
 */
final class VerificationFailed {
    static final String ERROR = "authentication failed";
    static final String DESCRIPTION = "3-D Secure did not authenticate the cardholder";

    private VerificationFailed() {
    }

    static JsonObject body(Cycle cycle) {
        return Jsonp.createObjectBuilder()
                .add("status", 400)
                .add("type", IntergiroError.MALFORMED_CONTENT)
                .add("content", Jsonp.createObjectBuilder()
                        .add("property", RequestValidation.CARD)
                        .add("type", VerificationRequired.CARD_TYPE)
                        .add("description", DESCRIPTION))
                .add("error", ERROR)
                .add("id", cycle.id())
                .build();
    }
}
