package io.threeds.gateway.merchant;

import io.threeds.gateway.Utc;
import io.threeds.gateway.audit.AuditEntry;
import io.threeds.gateway.audit.AuditTrail;
import io.threeds.gateway.card.EncryptedColumn;
import io.threeds.gateway.card.FieldCipher;
import io.threeds.gateway.deployment.Deployment;
import io.threeds.gateway.model.WebOrigins;
import io.threeds.gateway.persistence.Merchant;
import io.threeds.gateway.persistence.Partner;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ValidationException;
import io.threeds.gateway.problem.Violation;
import io.threeds.gateway.provider.ProviderRegistry;
import io.threeds.gateway.routing.RoutingRule;
import io.threeds.gateway.routing.RoutingRules;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Admin operations: merchants, partners and auditors with their keys, each recorded in the audit trail. */
@Stateless
public class MerchantAdministration {
    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    @EJB
    ApiKeys apiKeys;

    @EJB
    AuditTrail audit;

    @EJB
    PartnerLinks partnerLinks;

    @Inject
    ProviderRegistry providers;

    @Inject
    FieldCipher cipher;

    @Inject
    Deployment deployment;

    public Credentials<Merchant> createMerchant(Caller admin, NewMerchant request) {
        List<Violation> violations = new ArrayList<>();
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            violations.add(new Violation("name", "is required, at most 200 characters"));
        }
        settings(request, violations);
        String logo = request.branding() == null ? null : branding(request.branding(), violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Merchant merchant = new Merchant(UUID.randomUUID().toString(), request.name(), request.defaultProvider(),
                request.allowedProviders(), request.webhookUrl(), request.allowedReturnOrigins(), Utc.now());
        if (request.branding() != null) {
            merchant.brand(request.branding().displayName(), request.branding().accentColor(),
                    request.branding().logoUrl(), logo);
        }
        String webhookSecret = null;
        if (merchant.getWebhookUrl() != null) {
            webhookSecret = ApiKeys.secret("whsec_");
            merchant.signWebhooksWith(cipher.encrypt(EncryptedColumn.WEBHOOK_SECRET, merchant.getId(), webhookSecret));
        }
        em.persist(merchant);
        String key = apiKeys.issue(Role.MERCHANT, merchant.getId(), merchant.getName());
        audit.append(new AuditEntry("merchant.created", admin.actor(), admin.role().wireName(), merchant.getId(),
                null, "CREATED", Map.of("name", merchant.getName())));
        return new Credentials<>(merchant, key, webhookSecret);
    }

    /** Checks the branding; returns its logo as a data: URI (null without a logoUrl), fetched once, now. */
    /**
     * PATCH: the fields named in {@code present} take their value from {@code change} (null clears a URL or
     * the branding), the others stay; the result must be as valid as a new merchant. Audited with the names.
     */
    public Merchant change(Caller admin, String id, NewMerchant change, Set<String> present) {
        Merchant merchant = find(id);
        NewMerchant merged = new NewMerchant(merchant.getName(),
                present.contains("defaultProvider") ? change.defaultProvider() : merchant.getDefaultProvider(),
                present.contains("allowedProviders") ? change.allowedProviders() : merchant.getAllowedProviders(),
                present.contains("webhookUrl") ? change.webhookUrl() : merchant.getWebhookUrl(),
                present.contains("allowedReturnOrigins") ? change.allowedReturnOrigins()
                        : merchant.getAllowedReturnOrigins(), change.branding());
        List<Violation> violations = new ArrayList<>();
        settings(merged, violations);
        String logo = present.contains("branding") && change.branding() != null
                ? branding(change.branding(), violations) : null;
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        merchant.reconfigure(merged.defaultProvider(), merged.allowedProviders(), merged.webhookUrl(),
                merged.allowedReturnOrigins());
        if (present.contains("branding")) {
            Branding branding = change.branding();
            merchant.brand(branding == null ? null : branding.displayName(),
                    branding == null ? null : branding.accentColor(), branding == null ? null : branding.logoUrl(), logo);
        }
        audit.append(new AuditEntry("merchant.changed", admin.actor(), admin.role().wireName(), id, null, "CHANGED",
                Map.of("fields", String.join(",", new TreeSet<>(present)))));
        return merchant;
    }

    /** The rules every merchant's settings keep, new or changed. */
    private void settings(NewMerchant request, List<Violation> violations) {
        if (request.defaultProvider() != null && providers.find(request.defaultProvider()).isEmpty()) {
            violations.add(new Violation("defaultProvider", "is not one of " + providers.ids()));
        }
        for (String provider : request.allowedProviders()) {
            if (providers.find(provider).isEmpty()) {
                violations.add(new Violation("allowedProviders", provider + " is not one of " + providers.ids()));
            }
        }
        if (request.defaultProvider() != null && !request.allowedProviders().isEmpty()
                && !request.allowedProviders().contains(request.defaultProvider())) {
            violations.add(new Violation("defaultProvider", "is not in allowedProviders"));
        }
        if (request.webhookUrl() != null && !WebOrigins.isAcceptableUrl(request.webhookUrl(), deployment.isSandbox())) {
            violations.add(new Violation("webhookUrl", "must be an https URL"));
        }
        for (String origin : request.allowedReturnOrigins()) {
            if (!WebOrigins.isOrigin(origin, deployment.isSandbox())) {
                violations.add(new Violation("allowedReturnOrigins",
                        "'" + origin + "' is not an origin (scheme://host[:port])"));
            }
        }
    }

    private String branding(Branding branding, List<Violation> violations) {
        String name = branding.displayName();
        if (name != null && (name.isBlank() || name.length() > 100)) {
            violations.add(new Violation("branding.displayName", "must be 1 to 100 characters"));
        }
        if (branding.accentColor() != null && !branding.accentColor().matches("#[0-9a-fA-F]{6}")) {
            violations.add(new Violation("branding.accentColor", "must be a colour as #rrggbb"));
        }
        if (branding.logoUrl() == null) {
            return null;
        }
        try {
            return MerchantLogo.fetch(branding.logoUrl(), deployment.isSandbox());
        } catch (IllegalArgumentException refused) {
            violations.add(new Violation("branding.logoUrl", refused.getMessage()));
            return null;
        }
    }

    public Credentials<Auditor> createAuditor(Caller admin, String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ValidationException.of("name", "is required, at most 200 characters");
        }
        Auditor auditor = new Auditor(UUID.randomUUID().toString(), name);
        String key = apiKeys.issue(Role.AUDITOR, auditor.id(), auditor.name());
        audit.append(new AuditEntry("auditor.created", admin.actor(), admin.role().wireName(), null, null,
                "CREATED", Map.of("auditorId", auditor.id(), "name", name)));
        return new Credentials<>(auditor, key);
    }

    /**
     * A partner, with a link to each merchant named waiting for that merchant's consent ({@link PartnerLinks});
     * an unknown merchant id is a violation of {@code merchantIds}.
     */
    public Credentials<Partner> createPartner(Caller admin, String name, List<String> merchantIds) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            violations.add(new Violation("name", "is required, at most 200 characters"));
        }
        Set<String> linked = new LinkedHashSet<>(merchantIds);
        if (linked.isEmpty()) {
            violations.add(new Violation("merchantIds", "must name at least one merchant"));
        }
        for (String merchantId : linked) {
            if (em.find(Merchant.class, merchantId) == null) {
                violations.add(new Violation("merchantIds", "'" + merchantId + "' is not a merchant"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Partner partner = new Partner(UUID.randomUUID().toString(), name, Set.of(), Utc.now());
        em.persist(partner);
        String key = apiKeys.issue(Role.PARTNER, partner.getId(), partner.getName());
        audit.append(new AuditEntry("partner.created", admin.actor(), admin.role().wireName(), null, null,
                "CREATED", Map.of("partnerId", partner.getId(), "name", name,
                        "requestedMerchantIds", String.join(",", linked))));
        linked.forEach(merchantId -> partnerLinks.request(admin, partner.getId(), merchantId));
        return new Credentials<>(partner, key);
    }

    public Partner findPartner(String id) {
        Partner partner = id == null ? null : em.find(Partner.class, id);
        if (partner == null) {
            throw GatewayException.notFound("partner");
        }
        return partner;
    }

    /** Whether the partner is linked to the merchant (false for an unknown merchant: no existence oracle). */
    public boolean partnerActsFor(String partnerId, String merchantId) {
        return em.createNamedQuery("Partner.actsFor", Long.class).setParameter("partner", partnerId)
                .setParameter("merchant", merchantId).getSingleResult() > 0;
    }

    public Merchant find(String id) {
        Merchant merchant = id == null ? null : em.find(Merchant.class, id);
        if (merchant == null) {
            throw GatewayException.notFound("merchant");
        }
        return merchant;
    }

    /** Replaces the merchant's routing rules; every provider named must be deployed and allowed. */
    public List<RoutingRule> route(Caller admin, String merchantId, List<RoutingRule> rules) {
        Merchant merchant = find(merchantId);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            for (String provider : rules.get(i).providers()) {
                if (providers.find(provider).isEmpty()) {
                    violations.add(new Violation("rules[" + i + "].providers",
                            provider + " is not one of " + providers.ids()));
                } else if (!merchant.getAllowedProviders().isEmpty()
                        && !merchant.getAllowedProviders().contains(provider)) {
                    violations.add(new Violation("rules[" + i + "].providers",
                            provider + " is not enabled for this merchant"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        merchant.routeBy(RoutingRules.write(rules));
        audit.append(new AuditEntry("merchant.routing_changed", admin.actor(), admin.role().wireName(),
                merchant.getId(), null, "CHANGED", Map.of("rules", String.valueOf(rules.size()))));
        return rules;
    }

    /**
     * For the hosted pages: may a browser be sent to this URL for this merchant. Outside the sandbox a
     * merchant must have listed its origins (no open redirect); in the sandbox an empty list allows any.
     */
    public static boolean returnUrlAllowed(Merchant merchant, String returnUrl, boolean sandbox) {
        List<String> origins = merchant.getAllowedReturnOrigins();
        return (sandbox && origins.isEmpty()) || origins.contains(WebOrigins.originOf(URI.create(returnUrl)));
    }
}
