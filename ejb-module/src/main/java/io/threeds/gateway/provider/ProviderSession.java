package io.threeds.gateway.provider;

import io.threeds.gateway.card.PlainCard;
import java.util.Map;

/**
 * What the gateway stored of an authentication that a provider needs to continue it: its provider
 * ids, and for a provider that needs the card again (a re-POST), the held card; {@code callbackBase}
 * is the gateway's browser endpoint base for it ({@code <base>/challenge-complete}...).
 */
public record ProviderSession(String authenticationId, String cardBrand, long amountValue, String currency,
                              Map<String, String> refs, PlainCard card, String merchantReference,
                              String callbackBase) {
}
