package io.threeds.gateway.persistence;

import jakarta.persistence.Embeddable;

/** An amount in minor units of an ISO 4217 currency, as stored; immutable. */
@Embeddable
public class Money {
    private long value;
    private String currency;

    protected Money() {
    }

    public Money(long value, String currency) {
        this.value = value;
        this.currency = currency;
    }

    public long getValue() { return value; }
    public String getCurrency() { return currency; }
}
