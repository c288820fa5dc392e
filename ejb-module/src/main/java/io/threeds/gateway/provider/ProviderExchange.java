package io.threeds.gateway.provider;

/** One call to a provider as it is kept for evidence: bodies already stripped of card data. */
public record ProviderExchange(String operation, Integer httpStatus, String outcome, long latencyMs,
                               String requestBody, String responseBody) {
}
