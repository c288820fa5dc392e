package io.threeds.gateway.card;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A card whose expiry month has not passed (UTC), reported on {@code expiryYear}. */
@Documented
@Constraint(validatedBy = NotExpiredValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NotExpired {
    String message() default "the card has expired";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
