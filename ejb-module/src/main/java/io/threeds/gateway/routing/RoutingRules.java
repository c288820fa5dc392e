package io.threeds.gateway.routing;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.persistence.Merchant;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** A merchant's rules, stored as JSON, and the providers they give a request, in failover order. */
public final class RoutingRules {
    private RoutingRules() {
    }

    public static List<String> candidates(Merchant merchant, NewAuthentication request) {
        if (request.provider() != null) {
            return List.of(request.provider());
        }
        for (RoutingRule rule : read(merchant.getRoutingRules())) {
            if (rule.matches(request)) {
                return rule.providers();
            }
        }
        return merchant.getDefaultProvider() == null ? List.of() : List.of(merchant.getDefaultProvider());
    }

    public static String write(List<RoutingRule> rules) {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        for (RoutingRule rule : rules) {
            JsonObjectBuilder json = Jsonp.createObjectBuilder();
            addIfPresent(json, "brand", rule.brand());
            addIfPresent(json, "binFrom", rule.binFrom());
            addIfPresent(json, "binTo", rule.binTo());
            addIfPresent(json, "currency", rule.currency());
            if (rule.minAmount() != null) {
                json.add("minAmount", rule.minAmount());
            }
            if (rule.maxAmount() != null) {
                json.add("maxAmount", rule.maxAmount());
            }
            JsonArrayBuilder providers = Jsonp.createArrayBuilder();
            rule.providers().forEach(providers::add);
            array.add(json.add("providers", providers));
        }
        return Jsonp.createObjectBuilder().add("rules", array).build().toString();
    }

    public static List<RoutingRule> read(String json) {
        List<RoutingRule> rules = new ArrayList<>();
        if (json == null) {
            return rules;
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(json))) {
            for (JsonValue value : reader.readObject().getJsonArray("rules")) {
                JsonObject rule = value.asJsonObject();
                rules.add(new RoutingRule(rule.getString("brand", null), rule.getString("binFrom", null),
                        rule.getString("binTo", null), rule.getString("currency", null),
                        rule.containsKey("minAmount") ? rule.getJsonNumber("minAmount").longValue() : null,
                        rule.containsKey("maxAmount") ? rule.getJsonNumber("maxAmount").longValue() : null,
                        rule.getJsonArray("providers").getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString).toList()));
            }
        }
        return rules;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
