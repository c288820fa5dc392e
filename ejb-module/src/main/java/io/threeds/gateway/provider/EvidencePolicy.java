package io.threeds.gateway.provider;

import java.util.Set;

/**
 * What of a provider's requests and answers may be kept as evidence, declared by each provider package:
 * the names of fields whose values are kept (ids, statuses, versions, ECI, amounts, URLs), and the names
 * of fields holding a card number, kept cut to BIN and last 4. Any other field's value is withheld, so a
 * field a provider adds tomorrow is withheld until someone decides it may be kept.
 */
public record EvidencePolicy(Set<String> kept, Set<String> cardNumbers) {

    public static EvidencePolicy keeping(String... names) {
        return new EvidencePolicy(Set.of(names), Set.of());
    }

    public EvidencePolicy maskingCardNumbersIn(String... names) {
        return new EvidencePolicy(kept, Set.of(names));
    }
}
