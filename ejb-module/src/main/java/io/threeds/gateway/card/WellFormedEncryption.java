package io.threeds.gateway.card;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** What verifone.js returns, in shape ({@link EncryptedCard#isArmouredMessage}); null is valid. */
@Documented
@Constraint(validatedBy = WellFormedEncryptionValidator.class)
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface WellFormedEncryption {
    String message() default "must be what verifone.js returns: base64 of an ASCII-armoured OpenPGP message";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
