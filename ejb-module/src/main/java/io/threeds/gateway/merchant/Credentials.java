package io.threeds.gateway.merchant;

/**
 * A principal just created and its secrets, which are never shown again: its API key, and for a
 * merchant with a webhook URL the secret its webhooks are signed with (null otherwise).
 */
public record Credentials<T>(T principal, String apiKey, String webhookSecret) {

    public Credentials(T principal, String apiKey) {
        this(principal, apiKey, null);
    }

    /** Never prints the secrets. */
    @Override
    public String toString() {
        return "Credentials[" + principal + "]";
    }
}
