package io.threeds.gateway.merchant;

import io.threeds.gateway.Utc;
import io.threeds.gateway.audit.AuditEntry;
import io.threeds.gateway.audit.AuditTrail;
import io.threeds.gateway.persistence.Merchant;
import io.threeds.gateway.persistence.Partner;
import io.threeds.gateway.persistence.PartnerLinkRequest;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;
import io.threeds.gateway.problem.ValidationException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner acts for a merchant only once the merchant consented (API.md §1): an admin asks for the link,
 * the merchant, with its own key, consents. No single admin can give a partner a merchant's results.
 */
@Stateless
public class PartnerLinks {
    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    @EJB
    AuditTrail audit;

    /** Asks for the link (once: asking again returns the pending request); 409 when it already exists. */
    public PartnerLinkRequest request(Caller admin, String partnerId, String merchantId) {
        Partner partner = partnerId == null ? null : em.find(Partner.class, partnerId);
        if (partner == null) {
            throw GatewayException.notFound("partner");
        }
        if (merchantId == null || em.find(Merchant.class, merchantId) == null) {
            throw ValidationException.of("merchantId", "'" + merchantId + "' is not a merchant");
        }
        if (partner.getMerchantIds().contains(merchantId)) {
            throw new GatewayException(ProblemType.PARTNER_LINK_EXISTS,
                    "the partner is already linked to this merchant");
        }
        Optional<PartnerLinkRequest> pending = em.createNamedQuery("PartnerLinkRequest.pair", PartnerLinkRequest.class)
                .setParameter("partner", partnerId).setParameter("merchant", merchantId).getResultStream().findFirst();
        if (pending.isPresent()) {
            return pending.get();
        }
        PartnerLinkRequest request = new PartnerLinkRequest(UUID.randomUUID().toString(), partnerId, merchantId,
                admin.actor(), Utc.now());
        em.persist(request);
        audit.append(new AuditEntry("partner_link.requested", admin.actor(), admin.role().wireName(), merchantId, null,
                "REQUESTED", Map.of("linkId", request.getId(), "partnerId", partnerId)));
        return request;
    }

    public List<PartnerLinkRequest> pendingForMerchant(String merchantId) {
        return em.createNamedQuery("PartnerLinkRequest.ofMerchant", PartnerLinkRequest.class)
                .setParameter("merchant", merchantId).getResultList();
    }

    public List<PartnerLinkRequest> pendingForPartner(String partnerId) {
        return em.createNamedQuery("PartnerLinkRequest.ofPartner", PartnerLinkRequest.class)
                .setParameter("partner", partnerId).getResultList();
    }

    /** The merchant's consent: the link is made. Another merchant's request is 404 to it. */
    public PartnerLinkRequest consent(Caller merchant, String linkId) {
        PartnerLinkRequest request = linkId == null ? null : em.find(PartnerLinkRequest.class, linkId);
        if (request == null || !request.getMerchantId().equals(merchant.merchantId())) {
            throw GatewayException.notFound("partner link");
        }
        em.find(Partner.class, request.getPartnerId()).link(request.getMerchantId());
        em.remove(request);
        audit.append(new AuditEntry("partner_link.consented", merchant.actor(), merchant.role().wireName(),
                request.getMerchantId(), null, "LINKED", Map.of("linkId", linkId, "partnerId", request.getPartnerId(),
                "requestedBy", request.getRequestedBy())));
        return request;
    }
}
