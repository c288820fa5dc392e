package io.threeds.gateway.model;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An ISO 3166-1 alpha-2 country code; null is valid. */
@Documented
@Constraint(validatedBy = CountryCodeValidator.class)
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CountryCode {
    String message() default "must be an ISO 3166-1 alpha-2 code such as US";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
