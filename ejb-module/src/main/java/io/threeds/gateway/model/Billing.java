package io.threeds.gateway.model;

import jakarta.validation.constraints.Size;

public record Billing(
        @Size(max = 50, message = "must be at most {max} characters") String firstName,
        @Size(max = 50, message = "must be at most {max} characters") String lastName,
        @Size(max = 50, message = "must be at most {max} characters") String line1,
        @Size(max = 50, message = "must be at most {max} characters") String line2,
        @Size(max = 50, message = "must be at most {max} characters") String city,
        @Size(max = 16, message = "must be at most {max} characters") String postalCode,
        @Size(max = 3, message = "must be at most {max} characters") String state,
        @Size(max = 2, message = "must be at most {max} characters") @CountryCode String country) {
}
