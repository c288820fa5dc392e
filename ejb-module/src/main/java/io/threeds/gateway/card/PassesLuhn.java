package io.threeds.gateway.card;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A card number whose last digit is its Luhn check digit; null is valid. */
@Documented
@Constraint(validatedBy = PassesLuhnValidator.class)
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PassesLuhn {
    String message() default "fails the Luhn check";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
