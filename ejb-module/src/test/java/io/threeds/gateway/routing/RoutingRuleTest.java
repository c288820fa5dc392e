package io.threeds.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.card.EncryptedCard;
import io.threeds.gateway.model.Amount;
import io.threeds.gateway.model.NewAuthentication;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingRuleTest {

    @Test
    void everyGivenConditionMustHold() {
        RoutingRule rule = new RoutingRule("VISA", "400000", "400099", "EUR", 100L, 5000L, List.of("worldline"));
        assertTrue(rule.matches(request("4000000000002701", 1000, "EUR")));
        assertFalse(rule.matches(request("4001000000000006", 1000, "EUR")), "BIN above the range");
        assertFalse(rule.matches(request("4000000000002701", 1000, "USD")), "other currency");
        assertFalse(rule.matches(request("4000000000002701", 5001, "EUR")), "above maxAmount");
        assertFalse(rule.matches(request("4000000000002701", 99, "EUR")), "below minAmount");
        assertFalse(rule.matches(request("5200000000052701", 1000, "EUR")), "other brand");
    }

    @Test
    void anEncryptedCardMatchesOnlyRulesWithoutBrandOrBin() {
        NewAuthentication encrypted = new NewAuthentication("order-1", new Amount(1000, "EUR"),
                Card.clientEncrypted(new EncryptedCard("b64", "sandbox-key-1"), 12, 2030, null), null, null, null,
                null, "NO_PREFERENCE", "https://shop.example/done");
        assertFalse(new RoutingRule("VISA", null, null, null, null, null, List.of("x")).matches(encrypted));
        assertFalse(new RoutingRule(null, "400000", null, null, null, null, List.of("x")).matches(encrypted));
        assertFalse(new RoutingRule(null, null, "499999", null, null, null, List.of("x")).matches(encrypted));
        assertTrue(new RoutingRule(null, null, null, "EUR", 100L, 5000L, List.of("x")).matches(encrypted));
    }

    @Test
    void rulesSurviveTheirJsonFormWithAbsentConditionsStillAbsent() {
        List<RoutingRule> rules = List.of(new RoutingRule(null, "52000000", null, null, null, 9000L,
                List.of("firstoken", "paysafe")), new RoutingRule(null, null, null, null, null, null, List.of("intergiro")));
        assertEquals(rules, RoutingRules.read(RoutingRules.write(rules)));
    }

    private static NewAuthentication request(String card, long amount, String currency) {
        return new NewAuthentication("order-1", new Amount(amount, currency),
                new Card(card, 12, 2030, "Jane Doe", "123"), null, null, null, null, "NO_PREFERENCE",
                "https://shop.example/done");
    }
}
