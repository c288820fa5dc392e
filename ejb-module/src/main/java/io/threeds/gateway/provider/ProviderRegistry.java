package io.threeds.gateway.provider;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Every {@link ThreeDSProvider} deployed, by id. Adding a provider needs no change here. */
@ApplicationScoped
public class ProviderRegistry {
    @Inject
    @Any
    Instance<ThreeDSProvider> deployed;

    private final Map<String, ThreeDSProvider> byId = new TreeMap<>();

    @PostConstruct
    void index() {
        for (ThreeDSProvider provider : deployed) {
            byId.put(provider.id(), provider);
        }
    }

    public Optional<ThreeDSProvider> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Set<String> ids() {
        return byId.keySet();
    }
}
