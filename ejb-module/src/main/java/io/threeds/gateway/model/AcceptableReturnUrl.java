package io.threeds.gateway.model;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A URL the shopper's browser may be sent to ({@link WebOrigins#isAcceptableUrl}); with {@code localHttp}
 * also http on localhost, as the sandbox profile accepts (one per {@link Profiles} group). Null is valid.
 */
@Documented
@Constraint(validatedBy = AcceptableReturnUrlValidator.class)
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(AcceptableReturnUrl.List.class)
public @interface AcceptableReturnUrl {
    String message() default "must be an https URL without credentials or fragment";

    boolean localHttp() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Target({FIELD, ANNOTATION_TYPE})
    @Retention(RUNTIME)
    @interface List {
        AcceptableReturnUrl[] value();
    }
}
