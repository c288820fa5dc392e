package io.threeds.sandbox.worldline;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.RequestBody;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** The seed's Create Payment request (PROVIDERS.md §5.4.1), changed by JSON patches for each test. */
final class SeedRequest {

    private SeedRequest() {
    }

    static JsonObject json() {
        try (InputStream in = SeedRequest.class.getResourceAsStream("create-payment-request.json")) {
            return Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RequestBody patched(UnaryOperator<JsonPatchBuilder> patch) {
        return new RequestBody(patch.apply(Json.createPatchBuilder()).build().apply(json()));
    }

    static RequestBody withCard(String cardNumber) {
        return patched(p -> p.replace("/cardPaymentMethodSpecificInput/card/cardNumber", cardNumber));
    }

    static Payment payment(String cardNumber) {
        RequestBody body = withCard(cardNumber);
        CardNumber card = new CardNumber(cardNumber);
        return Payment.open("000007041700000008370000100001", "70417", Order.of(body, card),
                WorldlineScenario.of(card), Instant.parse("2019-07-08T22:35:47Z"));
    }
}
