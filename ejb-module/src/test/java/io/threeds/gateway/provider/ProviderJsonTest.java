package io.threeds.gateway.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

public class ProviderJsonTest {
    public record Outcome(String code) {
    }

    public record Answer(String id, String eci, @JsonbProperty("acsURL") String acsUrl, Outcome outcome,
                  List<Outcome> errors) {
    }

    public record Request(String merchantRefNum, long amount, String cvv, @JsonbProperty("acsURL") String acsUrl) {
    }

    @Test
    void writesFieldsInNameOrderLeavingAbsentOnesOut() {
        assertEquals("{\"acsURL\":\"https://acs\",\"amount\":1000,\"merchantRefNum\":\"m-1\"}",
                ProviderJson.write(new Request("m-1", 1000, null, "https://acs")));
    }

    @Test
    void readsLenientlyAndIgnoresFieldsItDoesNotKnow() {
        Answer answer = ProviderJson.read("{\"brandNew\":{\"x\":[1]},\"id\":\"\",\"eci\":5,\"acsURL\":\"https://acs\","
                + "\"outcome\":{\"code\":3001,\"more\":true},\"errors\":[{\"code\":\"E1\"}]}", Answer.class);
        assertNull(answer.id(), "an empty string is absent");
        assertEquals("5", answer.eci(), "a number is read as its text");
        assertEquals("https://acs", answer.acsUrl());
        assertEquals("3001", answer.outcome().code());
        assertEquals("E1", answer.errors().get(0).code());
        assertNull(ProviderJson.read("{}", Answer.class).outcome(), "a missing field is null");
    }

    public record Step(Boolean visible) {
    }

    @Test
    void aFlagIsOnlyJsonTrueOrFalse() {
        assertEquals(Boolean.TRUE, ProviderJson.read("{\"visible\":true}", Step.class).visible());
        assertEquals(Boolean.FALSE, ProviderJson.read("{\"visible\":false}", Step.class).visible());
        assertNull(ProviderJson.read("{\"visible\":\"true\"}", Step.class).visible(), "a text is no flag");
        assertNull(ProviderJson.read("{\"visible\":1}", Step.class).visible(), "nor is a number");
        assertNull(ProviderJson.read("{\"visible\":null}", Step.class).visible());
    }

    @Test
    void aBodyThatIsNotAnAnswerIsRefused() {
        assertThrows(JsonbException.class, () -> ProviderJson.read("<html>", Answer.class));
        assertThrows(JsonbException.class, () -> ProviderJson.read("", Answer.class));
        assertThrows(JsonbException.class, () -> ProviderJson.read("null", Answer.class));
        assertThrows(JsonbException.class, () -> ProviderJson.read("{\"outcome\":\"x\"}", Answer.class));
    }
}
