package io.threeds.sandbox.worldline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.TestCardScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class WorldlineScenarioTest {

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource({
            "4000000000002701, FRICTIONLESS_AUTHENTICATED",
            "4000000000002719, FRICTIONLESS_ATTEMPTED",
            "4000000000002925, NOT_AUTHENTICATED",
            "4000000000002313, AUTHORIZED_WITHOUT_AUTHENTICATION",
            "4000000000002537, REJECTED_BY_ISSUER",
            "4000000000002503, CHALLENGE",
            "4000000000002370, CHALLENGE_FAILS",
            "4000000000002420, CHALLENGE_THEN_UNAVAILABLE",
            "4000100000000000, FRICTIONLESS_AUTHENTICATED",
            "4111111111111111, CHALLENGE",
            "4000000000010001, FRICTIONLESS_AUTHENTICATED",
            "4000000000000002, THREE_DS_1",
            "4000000000002446, AUTHORIZED_WITHOUT_AUTHENTICATION",
            "4000000000002990, AUTHORIZED_WITHOUT_AUTHENTICATION",
            "4000000000002560, AUTHORIZED_WITHOUT_AUTHENTICATION",
            "4000000000055550, REJECTED_WITH_CARDHOLDER_INFO",
            "4000000000002354, SLOW_FRICTIONLESS",
            "4012000033330026, FRICTIONLESS_AUTHENTICATED",
            "5200000000052701, FRICTIONLESS_AUTHENTICATED",
            "5200000000052503, CHALLENGE",
            "5200000000052925, NOT_AUTHENTICATED",
            "5200000000052537, REJECTED_BY_ISSUER",
            "4242424242424242, FRICTIONLESS_AUTHENTICATED"
    })
    void honoursEverySandboxRow(String card, WorldlineScenario expected) {
        assertEquals(expected, WorldlineScenario.of(new CardNumber(card)));
    }

    @ParameterizedTest(name = "{0} gives {1}")
    @CsvSource({
            "4000000000007977, CHALLENGE",
            "5200000000007977, CHALLENGE",
            "4000000000002672, REDIRECTOR_FRICTIONLESS",
            "4111111111110002, THREE_DS_1",
            "4111111111115550, REJECTED_WITH_CARDHOLDER_INFO",
            "4000000000009026, AUTHORIZED_WITHOUT_AUTHENTICATION",
            "4012000033339026, AUTHORIZED_WITHOUT_AUTHENTICATION"
    })
    void matchesTheSeedCardsOnTheirLastFourDigits(String card, WorldlineScenario expected) {
        assertEquals(expected, WorldlineScenario.of(new CardNumber(card)));
    }

    @ParameterizedTest
    @EnumSource(value = TestCardScenario.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void mapsEveryRowExplicitly(TestCardScenario row) {
        assertTrue(WorldlineScenario.forRow(row).isPresent(), row + " has no worldline outcome");
    }

    @Test
    void redirectsOnlyForPages() {
        assertEquals(RedirectPage.CHALLENGE, WorldlineScenario.CHALLENGE.redirectPage());
        assertEquals(RedirectPage.THREE_DS_1, WorldlineScenario.THREE_DS_1.redirectPage());
        assertEquals(RedirectPage.REDIRECTOR, WorldlineScenario.REDIRECTOR_FRICTIONLESS.redirectPage());
        assertFalse(WorldlineScenario.NOT_AUTHENTICATED.redirects());
    }
}
