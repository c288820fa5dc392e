package io.threeds.gateway.provider;

/**
 * What a provider's HTTP API answered, as the gateway keeps it: the status and the body text ({@code ""}
 * when there was none). The REST client's JAX-RS response never goes further than
 * {@link ProviderErrors#reply}, which reads it whole and closes it.
 */
public record ProviderReply(int status, String body) {
}
