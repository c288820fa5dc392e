package io.threeds.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource class as (part of) a provider's REST API: its calls are subject to the provider's
 * armed fault and appear in its call log ({@link ProviderApiFilter}). Browser pages are not marked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProviderApi {

    /** The provider id, as in {@code /sandbox/{provider}/faults}. */
    String value();

    /** Dotted path of the merchant's order reference in JSON request bodies, for the call log. */
    String merchantReference() default "";

    /** Dotted path of the card number in JSON request bodies, logged masked. */
    String cardNumber() default "";
}
