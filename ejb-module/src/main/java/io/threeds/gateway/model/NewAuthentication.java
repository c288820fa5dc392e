package io.threeds.gateway.model;

import io.threeds.gateway.card.Card;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request to authenticate a payment (API.md §2), card in memory only; valid once its constraints hold
 * for {@code Default} and the deployment's {@link Profiles} group. On a field, the first constraint
 * declared that fails is the one the API reports.
 */
public record NewAuthentication(
        @NotNull(message = "is required") @Size(max = 128, message = "must be at most {max} characters")
        String merchantReference,
        @NotNull(message = "is required") @Valid Amount amount,
        @NotNull(message = "is required") @Valid Card card,
        @Size(max = 32, message = "must be at most {max} characters") String provider,
        @Valid Billing billing,
        @Valid Customer customer,
        @Valid BrowserInfo browser,
        @Size(max = 32, message = "must be at most {max} characters")
        @Pattern(regexp = "NO_PREFERENCE|NO_CHALLENGE_REQUESTED|CHALLENGE_REQUESTED|CHALLENGE_MANDATED",
                message = "must be one of [NO_PREFERENCE, NO_CHALLENGE_REQUESTED, CHALLENGE_REQUESTED, "
                        + "CHALLENGE_MANDATED]")
        String challengePreference,
        @NotNull(message = "is required") @Size(max = 2048, message = "must be at most {max} characters")
        @AcceptableReturnUrl(groups = Profiles.Production.class)
        @AcceptableReturnUrl(localHttp = true, groups = Profiles.Sandbox.class,
                message = "must be an https URL (or http on localhost in the sandbox), without credentials or "
                        + "fragment")
        String returnUrl) {
}
