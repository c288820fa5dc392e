package io.threeds.gateway.web.webhook;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.authentication.AuthenticationService;
import io.threeds.gateway.deployment.Deployment;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.merchant.OutboundAddress;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.persistence.Authentication;
import io.threeds.gateway.web.api.AuthenticationViews;
import io.threeds.gateway.web.api.WireJson;
import io.threeds.gateway.webhook.DueWebhook;
import io.threeds.gateway.webhook.WebhookOutbox;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Every {@code threeds.webhooks.interval-seconds}, on every instance, claims the due deliveries one by
 * one (a delivery another instance claimed first is skipped) and sends them.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final int BATCH = 50;

    @EJB
    WebhookOutbox outbox;

    @EJB
    AuthenticationService authentications;

    @Inject
    AuthenticationViews views;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MetricRegistry metrics;

    @Inject
    Deployment deployment;

    @Inject
    @ConfigProperty(name = "threeds.webhooks.interval-seconds", defaultValue = "5")
    long intervalSeconds;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        metrics.gauge("threeds_webhook_backlog", outbox::backlog);
        task = scheduler.scheduleWithFixedDelay(this::deliverDue, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /**
     * Sends batch after batch until fewer than a batch are due: one batch per interval drained 10
     * webhooks a second, behind a gateway that creates hundreds. Each batch's deliveries leave the due
     * list (sent, rescheduled, or leased by whichever instance claimed them), so the loop ends.
     */
    void deliverDue() {
        try {
            List<String> due;
            do {
                due = outbox.due(BATCH);
                due.forEach(id -> outbox.claim(id).ifPresent(this::send));
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "webhook delivery failed; retried at the next interval", e);
        }
    }

    private void send(DueWebhook webhook) {
        String body;
        try {
            body = body(webhook);
        } catch (RuntimeException e) {
            outbox.failed(webhook.id(), null, "cannot build the webhook: " + e.getClass().getSimpleName());
            return;
        }
        // The sandbox's receivers are on this machine; anywhere else a webhook never goes inward (SSRF).
        Optional<String> refused = deployment.isSandbox() ? Optional.empty() : OutboundAddress.SYSTEM.refusal(webhook.url());
        if (refused.isPresent()) {
            outbox.failed(webhook.id(), null, refused.get());
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Threeds-Signature", WebhookSignature.header(webhook.secrets(),
                        Instant.now().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                outbox.delivered(webhook.id(), response.statusCode());
            } else {
                outbox.failed(webhook.id(), response.statusCode(), "HTTP " + response.statusCode());
            }
        } catch (IOException e) {
            outbox.failed(webhook.id(), null, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outbox.failed(webhook.id(), null, "interrupted");
        }
    }

    /** {@code {"id", "type", "createdAt", "data": <the Authentication resource as the merchant sees it>}}. */
    private String body(DueWebhook webhook) {
        Caller merchant = new Caller(Role.MERCHANT, webhook.merchantId(), "webhook", webhook.merchantId());
        Authentication authentication = authentications.find(merchant, webhook.authenticationId());
        try (JsonReader resource = Jsonp.createReader(new StringReader(
                WireJson.write(views.of(authentication, merchant))))) {
            return Jsonp.createObjectBuilder()
                    .add("id", webhook.id())
                    .add("type", webhook.type())
                    .add("createdAt", WireJson.time(webhook.createdAt()))
                    .add("data", resource.readObject())
                    .build().toString();
        }
    }
}
