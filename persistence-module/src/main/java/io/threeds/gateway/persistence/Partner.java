package io.threeds.gateway.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** A platform acting for several merchants, and the merchants it is linked to. */
@Entity
@Table(name = "partner")
@NamedQuery(name = "Partner.actsFor", query = "SELECT COUNT(p) FROM Partner p JOIN p.merchantIds m "
        + "WHERE p.id = :partner AND m = :merchant")
public class Partner {
    @Id
    private String id;
    private String name;
    @ElementCollection
    @CollectionTable(name = "partner_merchant", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "merchant_id")
    private Set<String> merchantIds = new TreeSet<>();
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected Partner() {
    }

    public Partner(String id, String name, Collection<String> merchantIds, LocalDateTime createdAt) {
        this.id = id;
        this.name = name;
        this.merchantIds = new TreeSet<>(merchantIds);
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public Set<String> getMerchantIds() { return new TreeSet<>(merchantIds); }

    /** The merchant consented: the partner may act for it from now on. */
    public void link(String merchantId) {
        merchantIds.add(merchantId);
    }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
