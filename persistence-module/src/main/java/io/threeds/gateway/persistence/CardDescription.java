package io.threeds.gateway.persistence;

import jakarta.persistence.Embeddable;

/**
 * The card of an authentication as it may be kept (DESIGN.md, persistence): BIN, last 4, brand, expiry
 * and a keyed fingerprint of the number for look-ups, never the number. Immutable: what a provider
 * reports later gives a new description. BIN, last 4 and brand are unknown (null) for a card encrypted
 * in the shopper's browser until a provider reports them.
 */
@Embeddable
public class CardDescription {
    private String bin;
    private String last4;
    private String brand;
    private Integer expiryMonth;
    private Integer expiryYear;
    private String fingerprint;

    protected CardDescription() {
    }

    public CardDescription(String bin, String last4, String brand, Integer expiryMonth, Integer expiryYear,
                           String fingerprint) {
        this.bin = bin;
        this.last4 = last4;
        this.brand = brand;
        this.expiryMonth = expiryMonth;
        this.expiryYear = expiryYear;
        this.fingerprint = fingerprint;
    }

    /** Nothing known of the card. */
    static CardDescription unknown() {
        return new CardDescription();
    }

    /** This description with its gaps filled from what a provider reported; what is known stays. */
    CardDescription learned(String reportedBin, String reportedLast4, String reportedBrand) {
        return new CardDescription(bin == null ? reportedBin : bin, last4 == null ? reportedLast4 : last4,
                brand == null ? reportedBrand : brand, expiryMonth, expiryYear, fingerprint);
    }

    public String getBin() { return bin; }
    public String getLast4() { return last4; }
    public String getBrand() { return brand; }
    public Integer getExpiryMonth() { return expiryMonth; }
    public Integer getExpiryYear() { return expiryYear; }
}
