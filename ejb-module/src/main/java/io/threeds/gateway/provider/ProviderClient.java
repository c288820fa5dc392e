package io.threeds.gateway.provider;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a provider's REST client interface, whose failures {@link ProviderErrors} raises; the statuses
 * listed in {@link #answers} are the provider's normal outcomes (a declined payment's 402), not failures.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProviderClient {
    /** Statuses from 400 up that reach the provider as a {@link ProviderReply}. */
    int[] answers() default {};
}
