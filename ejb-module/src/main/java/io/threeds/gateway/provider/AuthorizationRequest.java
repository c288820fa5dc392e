package io.threeds.gateway.provider;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.model.Amount;
import io.threeds.gateway.model.ThreeDSResult;
import java.util.Map;

/** What a provider's payment step needs: the held card, the amount and the authentication's 3DS data. */
public record AuthorizationRequest(String authenticationId, String merchantReference, Card card, Amount amount,
                                   boolean capture, ThreeDSResult threeDS, Map<String, String> refs) {
}
