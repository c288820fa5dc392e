package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.RequestBody;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The seed's requests (PROVIDERS.md §3.3: setup, enroll and payment of the Rejected Frictionless page;
 * validate as Firstoken's public documents show it), changed by JSON patches for each test.
 */
final class SeedRequest {
    static final String SETUP = "setup-request.json";
    static final String ENROLL = "enroll-request.json";
    static final String VALIDATE = "validate-request.json";
    static final String PAYMENT = "payment-request.json";

    private SeedRequest() {
    }

    static JsonObject json(String name) {
        try (InputStream in = SeedRequest.class.getResourceAsStream(name)) {
            return Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RequestBody body(String name) {
        return new RequestBody(json(name));
    }

    static RequestBody patched(String name, UnaryOperator<JsonPatchBuilder> patch) {
        return new RequestBody(patch.apply(Json.createPatchBuilder()).build().apply(json(name)));
    }

    static RequestBody setup(String card) {
        return patched(SETUP, p -> p.replace("/card/number", card));
    }

    static RequestBody enroll(String card, String referenceId) {
        return patched(ENROLL, p -> p.replace("/card/number", card)
                .replace("/authentication/reference_id", referenceId));
    }

    static RequestBody validate(String transactionId) {
        return patched(VALIDATE, p -> p.replace("/authentication/transaction_id", transactionId));
    }
}
