package io.threeds.gateway.provider;

import io.threeds.gateway.model.AuthorizationResult;
import java.util.List;

/** A provider's answer to a payment step, with the exchanges made for it and what it said of the card. */
public record Authorized(AuthorizationResult result, List<ProviderExchange> exchanges, ReportedCard card) {
}
