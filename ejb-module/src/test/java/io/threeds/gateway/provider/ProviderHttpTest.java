package io.threeds.gateway.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderHttpTest {
    private static final EvidencePolicy EVIDENCE = EvidencePolicy.keeping("id", "reference");

    public record Request(String reference, String secret) {
    }

    public record Reply(String id, Inner inner) {
    }

    public record Inner(String code) {
    }

    @Test
    void theTextSentIsTheTextKeptAndTheAnswerIsReadIntoItsRecord() {
        List<String> sent = new ArrayList<>();
        ProviderHttp.Answer<Reply> answer = ProviderHttp.send("p", EVIDENCE, "op", new Request("r-1", "s3cr3t"),
                Reply.class, body -> {
                    sent.add(body);
                    return new ProviderReply(201, "{\"id\":7,\"inner\":{\"code\":\"A\"}}");
                });
        assertEquals(List.of("{\"reference\":\"r-1\",\"secret\":\"s3cr3t\"}"), sent);
        assertEquals(Evidence.of(EVIDENCE, sent.get(0)), answer.exchange().requestBody());
        assertEquals("7", answer.body().id(), "a number where a text is expected is its text");
        assertEquals("A", answer.body().inner().code());
        assertEquals(201, answer.status());
        assertEquals("ANSWERED", answer.exchange().outcome());
    }

    @Test
    void anAnswerOfAnotherShapeIsAMalformedBadAnswer() {
        for (String body : new String[] {"<html>", "", "null", "{\"inner\":\"text\"}"}) {
            ProviderException e = assertThrows(ProviderException.class, () -> ProviderHttp.send("p", EVIDENCE, "op",
                    new Request("r-1", null), Reply.class, sent -> new ProviderReply(200, body)), body);
            assertEquals(ProviderException.Kind.BAD_ANSWER, e.kind(), body);
            assertEquals("MALFORMED", e.exchanges().get(0).outcome(), body);
        }
    }

    @Test
    void aGetSendsNoBody() {
        ProviderHttp.Answer<Reply> answer = ProviderHttp.get("p", EVIDENCE, "op", Reply.class,
                () -> new ProviderReply(200, "{}"));
        assertNull(answer.exchange().requestBody());
        assertNull(answer.body().id(), "a missing field is null, for the mapping to call the answer unusable");
    }
}
