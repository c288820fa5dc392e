package io.threeds.gateway.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Money in minor units of an ISO 4217 currency. */
public record Amount(
        @Min(value = 1, message = "must be between 1 and 999999999999")
        @Max(value = 999_999_999_999L, message = "must be between 1 and 999999999999") long value,
        @NotNull(message = "is required") @Size(max = 3, message = "must be at most {max} characters") @CurrencyCode
        String currency) {
}
