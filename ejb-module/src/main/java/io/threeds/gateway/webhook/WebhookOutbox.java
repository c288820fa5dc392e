package io.threeds.gateway.webhook;

import io.threeds.gateway.Utc;
import io.threeds.gateway.card.EncryptedColumn;
import io.threeds.gateway.card.FieldCipher;
import io.threeds.gateway.persistence.Authentication;
import io.threeds.gateway.persistence.Merchant;
import io.threeds.gateway.persistence.WebhookDelivery;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The webhook outbox. {@link #enqueue} joins the caller's transaction, so a delivery exists exactly
 * when the change it reports was committed. {@link #claim} and the outcomes run in their own
 * transactions: a claim moves the delivery's next attempt a lease ahead in one conditional update, so
 * another instance that listed the same row as due finds it claimed and skips it.
 */
@Stateless
public class WebhookOutbox {
    static final int LEASE_SECONDS = 60;
    static final int GIVE_UP_HOURS = 24;

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void enqueue(Authentication authentication, String type) {
        Merchant merchant = em.find(Merchant.class, authentication.getMerchantId());
        if (merchant == null || merchant.getWebhookUrl() == null) {
            return;
        }
        LocalDateTime now = Utc.now();
        em.persist(new WebhookDelivery(UUID.randomUUID().toString(), merchant.getId(), type,
                authentication.getId(), now, now.plusHours(GIVE_UP_HOURS)));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> due(int max) {
        LocalDateTime now = Utc.now();
        return em.createNamedQuery("WebhookDelivery.due", WebhookDelivery.class).setParameter("now", now)
                .setMaxResults(max).getResultStream().map(WebhookDelivery::getId).toList();
    }

    /** Claims one due delivery; empty when another instance claimed (or sent) it first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<DueWebhook> claim(String id) {
        LocalDateTime now = Utc.now();
        int claimed = em.createNamedQuery("WebhookDelivery.claim").setParameter("id", id).setParameter("now", now)
                .setParameter("leaseUntil", now.plusSeconds(LEASE_SECONDS)).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        Merchant merchant = em.find(Merchant.class, delivery.getMerchantId());
        List<String> secrets = new ArrayList<>();
        secrets.add(cipher.decrypt(EncryptedColumn.WEBHOOK_SECRET, merchant.getId(), merchant.getWebhookSecretEncrypted()));
        if (merchant.getPreviousSecretUntil() != null && merchant.getPreviousSecretUntil().isAfter(now)) {
            secrets.add(cipher.decrypt(EncryptedColumn.PREVIOUS_WEBHOOK_SECRET, merchant.getId(),
                    merchant.getPreviousWebhookSecretEncrypted()));
        }
        return Optional.of(new DueWebhook(delivery.getId(), delivery.getEventType(), merchant.getId(),
                delivery.getAuthenticationId(), merchant.getWebhookUrl(), List.copyOf(secrets), delivery.getCreatedAt()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void delivered(String id, int status) {
        em.find(WebhookDelivery.class, id).delivered(status, Utc.now());
    }

    /** Retried with exponential backoff: 10 s, 20 s, 40 s, ... at most an hour apart. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String id, Integer status, String error) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        long backoff = Math.min(3600, 10L << Math.min(20, delivery.getAttempts() - 1));
        delivery.failed(status, error, Utc.now().plusSeconds(backoff));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long backlog() {
        return em.createNamedQuery("WebhookDelivery.backlog", Long.class).setParameter("now", Utc.now())
                .getSingleResult();
    }
}
