package io.threeds.gateway.merchant;

/** A principal just created and its API key, which is never shown again. */
public record Credentials<T>(T principal, String apiKey) {
}
