package io.threeds.gateway.routing;

import io.threeds.gateway.model.NewAuthentication;
import java.util.List;

/**
 * One rule: every condition given must hold; {@code providers} in failover order. A card the shopper's
 * browser encrypted has no brand or BIN the gateway could see: a rule with either condition never matches it.
 */
public record RoutingRule(String brand, String binFrom, String binTo, String currency, Long minAmount,
                          Long maxAmount, List<String> providers) {

    public boolean matches(NewAuthentication request) {
        String number = request.card().number();
        if (number == null && (brand != null || binFrom != null || binTo != null)) {
            return false;
        }
        return (brand == null || brand.equals(request.card().brand().name()))
                && (binFrom == null || compareBin(number, binFrom) >= 0)
                && (binTo == null || compareBin(number, binTo) <= 0)
                && (currency == null || currency.equals(request.amount().currency()))
                && (minAmount == null || request.amount().value() >= minAmount)
                && (maxAmount == null || request.amount().value() <= maxAmount);
    }

    /** The card's leading digits against a BIN bound of the same length. */
    private static int compareBin(String number, String bound) {
        return number.substring(0, Math.min(bound.length(), number.length())).compareTo(bound);
    }
}
