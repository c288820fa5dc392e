package io.threeds.gateway.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record Customer(
        @Size(max = 254, message = "must be at most {max} characters")
        @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be an email address") String email,
        @Size(max = 16, message = "must be at most {max} characters")
        @Pattern(regexp = "\\+[1-9]\\d{4,14}", message = "must be in E.164 form, e.g. +14158880000") String phone,
        @Min(value = 0, message = "must be between 0 and 36500")
        @Max(value = 36_500, message = "must be between 0 and 36500") Integer accountAgeDays) {
}
