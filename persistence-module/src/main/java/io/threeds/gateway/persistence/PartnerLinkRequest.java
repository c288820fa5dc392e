package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A partner's link to a merchant that an admin asked for and the merchant has not consented to yet. */
@Entity
@Table(name = "partner_link_request")
@NamedQuery(name = "PartnerLinkRequest.ofMerchant", query = "SELECT r FROM PartnerLinkRequest r "
        + "WHERE r.merchantId = :merchant ORDER BY r.requestedAt, r.id")
@NamedQuery(name = "PartnerLinkRequest.ofPartner", query = "SELECT r FROM PartnerLinkRequest r "
        + "WHERE r.partnerId = :partner ORDER BY r.requestedAt, r.id")
@NamedQuery(name = "PartnerLinkRequest.pair", query = "SELECT r FROM PartnerLinkRequest r "
        + "WHERE r.partnerId = :partner AND r.merchantId = :merchant")
public class PartnerLinkRequest {
    @Id
    private String id;
    @Column(name = "partner_id")
    private String partnerId;
    @Column(name = "merchant_id")
    private String merchantId;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private LocalDateTime requestedAt;

    protected PartnerLinkRequest() {
    }

    public PartnerLinkRequest(String id, String partnerId, String merchantId, String requestedBy,
                              LocalDateTime requestedAt) {
        this.id = id;
        this.partnerId = partnerId;
        this.merchantId = merchantId;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public String getId() { return id; }
    public String getPartnerId() { return partnerId; }
    public String getMerchantId() { return merchantId; }
    public String getRequestedBy() { return requestedBy; }
    public LocalDateTime getRequestedAt() { return requestedAt; }
}
