package io.threeds.gateway.web.api;

import io.threeds.gateway.card.CardBrand;
import io.threeds.gateway.model.CurrencyCodeValidator;
import io.threeds.gateway.routing.RoutingRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Reads {@code PUT /merchants/{id}/routing}: every rule's conditions and its ordered providers. */
final class RoutingRequestReader {
    private static final Set<String> FIELDS = Set.of("rules");
    private static final Set<String> RULE_FIELDS = Set.of("brand", "binFrom", "binTo", "currency", "minAmount",
            "maxAmount", "providers");
    private static final int MAX_RULES = 50;

    private RoutingRequestReader() {
    }

    static List<RoutingRule> read(String body) {
        RequestObject request = RequestObject.parse(body, FIELDS);
        List<RoutingRule> rules = new ArrayList<>();
        for (RequestObject rule : request.objects("rules", true, MAX_RULES, RULE_FIELDS)) {
            rules.add(rule(rule));
        }
        request.throwIfInvalid();
        return rules;
    }

    private static RoutingRule rule(RequestObject rule) {
        String brand = rule.string("brand", false, 16);
        if (brand != null && Arrays.stream(CardBrand.values()).noneMatch(b -> b.name().equals(brand))) {
            rule.reject("brand", "must be one of " + Arrays.toString(CardBrand.values()));
        }
        String binFrom = bin(rule, "binFrom");
        String binTo = bin(rule, "binTo");
        String currency = rule.string("currency", false, 3);
        if (currency != null && !CurrencyCodeValidator.isCurrency(currency)) {
            rule.reject("currency", "must be an ISO 4217 currency code such as EUR");
        }
        Long minAmount = rule.integer("minAmount", false, 0, 999_999_999_999L);
        Long maxAmount = rule.integer("maxAmount", false, 0, 999_999_999_999L);
        if (minAmount != null && maxAmount != null && minAmount > maxAmount) {
            rule.reject("maxAmount", "must not be below minAmount");
        }
        List<String> providers = rule.strings("providers", 32);
        if (providers.isEmpty()) {
            rule.reject("providers", "must name at least one provider, in failover order");
        } else if (Set.copyOf(providers).size() != providers.size()) {
            rule.reject("providers", "must not name a provider twice");
        }
        return new RoutingRule(brand, binFrom, binTo, currency, minAmount, maxAmount, providers);
    }

    private static String bin(RequestObject rule, String name) {
        String bin = rule.string(name, false, 8);
        if (bin != null && !bin.matches("\\d{6,8}")) {
            rule.reject(name, "must be 6 to 8 digits");
        }
        return bin;
    }
}
