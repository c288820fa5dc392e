package io.threeds.client;

/**
 * The body of {@code POST /api/v1/authentications}. {@code provider} is optional (the merchant's routing
 * rules choose); {@code returnUrl} must be https (http on localhost in the sandbox). Null members are not sent.
 */
public record NewAuthentication(String merchantReference, Amount amount, NewCard card, String provider,
                                Billing billing, Customer customer, Browser browser,
                                ChallengePreference challengePreference, String returnUrl) {

    /** The least the gateway takes: reference, amount, card and return URL. */
    public static NewAuthentication of(String merchantReference, Amount amount, NewCard card, String returnUrl) {
        return new NewAuthentication(merchantReference, amount, card, null, null, null, null, null, returnUrl);
    }

    public NewAuthentication withProvider(String id) {
        return new NewAuthentication(merchantReference, amount, card, id, billing, customer, browser,
                challengePreference, returnUrl);
    }

    public NewAuthentication withBrowser(Browser shopper) {
        return new NewAuthentication(merchantReference, amount, card, provider, billing, customer, shopper,
                challengePreference, returnUrl);
    }

    public NewAuthentication withBilling(Billing address, Customer shopper) {
        return new NewAuthentication(merchantReference, amount, card, provider, address, shopper, browser,
                challengePreference, returnUrl);
    }

    public NewAuthentication withChallengePreference(ChallengePreference preference) {
        return new NewAuthentication(merchantReference, amount, card, provider, billing, customer, browser,
                preference, returnUrl);
    }
}
