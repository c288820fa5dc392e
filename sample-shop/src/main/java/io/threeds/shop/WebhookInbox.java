package io.threeds.shop;

import io.threeds.client.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The verified webhooks the shop received, the latest per authentication. Delivery is at least once, so an
 * event id seen before is dropped. In memory, for the sample: a real shop records them with its orders.
 */
@ApplicationScoped
public class WebhookInbox {
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, WebhookEvent> latest = new ConcurrentHashMap<>();

    /** Keeps the event; false when it is a duplicate. */
    boolean accept(WebhookEvent event) {
        if (!seen.add(event.id())) {
            return false;
        }
        latest.merge(event.data().id(), event,
                (kept, arrived) -> arrived.createdAt().isBefore(kept.createdAt()) ? kept : arrived);
        return true;
    }

    Optional<WebhookEvent> latest(String authenticationId) {
        return Optional.ofNullable(latest.get(authenticationId));
    }
}
