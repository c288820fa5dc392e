package io.threeds.gateway.provider.intergiro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.ProviderResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 001 literally: its own "verification required" errors and callback values fed through the
 * mapping, and the re-POST cards that come out compared member for member with the cards the seed
 * shows (001:94-105, 190-198, 271-279, 322). The seed's card is {@code 4111111111111111}, expires
 * {@code [2, 22]}, csc {@code 987}.
 */
class IntergiroDocLiteralTest {
    private static final Card SEED_CARD = new Card("4111111111111111", 2, 2022, null, "987");
    private static final String CALLBACK = "http://your.example-url.com";

    @Test
    void methodNotificationBecomesTheSeedsMethodCard() {
        // The seed's error (001:32) and notification (001:80) name different transactions (G-I6); its re-POST
        // shows the notification's (001:101), so the pending method is taken to be that one.
        Map<String, String> refs = Map.of(IntergiroWire.STEP, "method",
                IntergiroWire.SERVER_TRANS, "ded29f0d-00ad-4e6c-97e8-cb62a40163a8", IntergiroWire.VERSION, "2.2.0");
        IntergiroWire.Callback callback = IntergiroWire.callback(refs,
                new BrowserResult(Map.of("threeDSMethodData", text("method-notification.txt"))));
        assertEquals(json("method-repost-card.json").getJsonObject("card"),
                IntergiroWireTest.sent(IntergiroWire.card(SEED_CARD, null, callback.verification())));
    }

    @Test
    void theSeedsMethodErrorGivesTheIdAndVersionTheMethodCardTakes() {
        ProviderResult step = IntergiroWire.interpret(400,
                IntergiroWireTest.answer(json("method-required.json")), Map.of(), CALLBACK, "VISA", 1000, "EUR");
        assertEquals("29673dd1-d33e-40fe-be64-5c68b490904c", step.refs().get(IntergiroWire.SERVER_TRANS));
        assertEquals("2.2.0", step.refs().get(IntergiroWire.VERSION), "001:82: the version of the error");
        assertEquals("g44QVj3iQXiElrUa", step.refs().get(IntergiroWire.CYCLE), "001:331: the id of the error");
    }

    @Test
    void cresBecomesTheSeedsChallengeCard() {
        Map<String, String> refs = Map.of(IntergiroWire.STEP, "challenge",
                IntergiroWire.SERVER_TRANS, "d41f6200-0435-49ee-aa11-f366f0661c6f");
        IntergiroWire.Callback callback = IntergiroWire.callback(refs, new BrowserResult(Map.of("cres", text("cres.txt"))));
        assertEquals(json("challenge-repost-card.json").getJsonObject("card"),
                IntergiroWireTest.sent(IntergiroWire.card(SEED_CARD, null, callback.verification())));
    }

    @Test
    void paResBecomesTheSeedsParesCard() {
        ProviderResult step = IntergiroWire.interpret(400,
                IntergiroWireTest.answer(json("pares-required.json")), Map.of(), CALLBACK, "VISA", 1000, "EUR");
        IntergiroWire.Callback callback = IntergiroWire.callback(step.refs(),
                new BrowserResult(Map.of("PaRes", text("pares.txt"))));
        assertEquals(json("pares-repost-card.json").getJsonObject("card"),
                IntergiroWireTest.sent(IntergiroWire.card(SEED_CARD, null, callback.verification())));
    }

    @Test
    void antifraudTokenBecomesTheSeedsCard() {
        ProviderResult step = IntergiroWire.interpret(400,
                IntergiroWireTest.answer(json("antifraud-required.json")), Map.of(), CALLBACK, "VISA", 1000, "EUR");
        IntergiroWire.Callback callback = IntergiroWire.callback(step.refs(),
                new BrowserResult(Map.of("card", text("card-token.txt"))));
        assertEquals(json("antifraud-repost-card.json").get("card"),
                IntergiroWireTest.sent(IntergiroWire.card(SEED_CARD, callback.cardToken(), callback.verification())));
    }

    static JsonObject json(String name) {
        try (JsonReader reader = Json.createReader(resource(name))) {
            return reader.readObject();
        }
    }

    static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        return IntergiroDocLiteralTest.class.getResourceAsStream("/intergiro/" + name);
    }
}
