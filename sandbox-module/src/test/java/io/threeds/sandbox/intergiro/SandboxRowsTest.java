package io.threeds.sandbox.intergiro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of SANDBOX.md's table, played end to end through the API and the pages. */
class SandboxRowsTest {
    private final Fixture sandbox = new Fixture();

    @ParameterizedTest(name = "{0} code {1} {2}: {3} gives {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "4000000000002701 | -    | -      | method                           | - | 201",
            "4012000033330026 | -    | -      | method                           | - | 201",
            "4000100000000000 | -    | -      | method                           | - | 201",
            "5200000000052701 | -    | -      | method                           | - | 201",
            "4242424242424242 | -    | -      | method                           | - | 201",
            "4000000000002354 | -    | -      | method                           | - | 201",
            "4000000000002719 | -    | -      | method challenge                 | A | 201",
            "4000000000002925 | -    | -      | method challenge                 | N | failed",
            "5200000000052925 | -    | -      | method challenge                 | N | failed",
            "4000000000002313 | -    | -      | method challenge                 | U | failed",
            "4000000000002537 | -    | -      | method challenge                 | R | failed",
            "5200000000052537 | -    | -      | method challenge                 | R | failed",
            "4000000000055550 | -    | -      | method challenge                 | R | failed",
            "4000000000002503 | 1234 | submit | method challenge+code            | Y | 201",
            "4000000000002503 | 0000 | submit | method challenge+code            | N | failed",
            "4000000000002503 | 1234 | cancel | method challenge+code            | U | failed",
            "5200000000052503 | 1234 | submit | method challenge+code            | Y | 201",
            "5200000000052503 | 9999 | submit | method challenge+code            | N | failed",
            "4111111111111111 | 1234 | submit | method challenge+code            | Y | 201",
            "4111111111111111 | 4321 | submit | method challenge+code            | N | failed",
            "4111111111111111 | -    | cancel | method challenge+code            | U | failed",
            "4000000000002370 | 1234 | submit | method challenge+code            | N | failed",
            "4000000000002370 | -    | cancel | method challenge+code            | U | failed",
            "4000000000002420 | 1234 | submit | method challenge+code            | U | failed",
            "4000000000002420 | 0000 | submit | method challenge+code            | U | failed",
            "4000000000010001 | -    | -      | antifraud method                 | - | 201",
            "4000000000000002 | 1234 | submit | pares+code                       | Y | 201",
            "4000000000000002 | 0000 | submit | pares+code                       | N | failed",
            "4000000000000002 | 1234 | cancel | pares+code                       | U | failed",
            "4000000000002446 | -    | -      | -                                | - | 201",
            "4000000000002990 | -    | -      | -                                | - | 201",
            "4000000000002560 | -    | -      | -                                | - | 201"
    })
    void playsTheRow(String card, String code, String action, String steps, String result, String end) {
        Journey journey = Journey.of(sandbox, card, code, action);
        assertEquals(steps == null ? List.of() : List.of(steps.split(" ")), journey.steps());
        assertEquals(result, journey.result());
        if ("201".equals(end)) {
            assertEquals(201, journey.end().status(), journey.end().body().toString());
            assertEquals(card.substring(card.length() - 4), journey.end().body().getJsonObject("card").getString("last4"));
            assertEquals(card.startsWith("5") ? "mastercard" : "visa",
                    journey.end().body().getJsonObject("card").getString("scheme"));
        } else {
            assertEquals(400, journey.end().status());
            assertEquals("card", journey.end().body().getJsonObject("content").getString("property"));
            assertEquals(journey.cycleIds().iterator().next(), journey.end().body().getString("id"));
        }
        assertEquals(journey.steps().isEmpty() ? 0 : 1, journey.cycleIds().size(), "one cycle id for every round");
    }
}
