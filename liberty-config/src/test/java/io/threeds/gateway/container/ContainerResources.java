package io.threeds.gateway.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The persistence context as a CDI bean, so the test class can {@code @Inject} it (the container
 * already offers UserTransaction and the default ManagedExecutorService as beans).
 */
@ApplicationScoped
public class ContainerResources {
    @Produces
    @PersistenceContext(unitName = "threeds")
    EntityManager em;
}
