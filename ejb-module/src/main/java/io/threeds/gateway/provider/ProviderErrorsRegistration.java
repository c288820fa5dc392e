package io.threeds.gateway.provider;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.eclipse.microprofile.rest.client.spi.RestClientListener;

/**
 * Puts a {@link ProviderErrors} for its provider (the client's config key) on every {@link ProviderClient}.
 * The REST client implementation finds this listener through {@code META-INF/services} and calls it as it
 * builds each client, the CDI-injected ones included: {@code @RegisterProvider} takes only a class, not one
 * configured per provider.
 */
public class ProviderErrorsRegistration implements RestClientListener {
    @Override
    public void onNewClient(Class<?> serviceInterface, RestClientBuilder builder) {
        ProviderClient client = serviceInterface.getAnnotation(ProviderClient.class);
        if (client != null) {
            Set<Integer> answers = Arrays.stream(client.answers()).boxed().collect(Collectors.toUnmodifiableSet());
            builder.register(new ProviderErrors(serviceInterface.getAnnotation(RegisterRestClient.class).configKey(),
                    answers));
        }
    }
}
