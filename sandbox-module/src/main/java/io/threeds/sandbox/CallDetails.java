package io.threeds.sandbox;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;

/**
 * What the current API call is about, for its call-log entry: filled from the request body by
 * {@link ProviderApiFilter}, completed by a resource that learns more (a Get Payment knows its order).
 */
@RequestScoped
public class CallDetails {
    private Instant at;
    private String merchantReference;
    private String cardNumber;
    private RecordedCall recorded;

    public Instant at() {
        return at;
    }

    void at(Instant at) {
        this.at = at;
    }

    public String merchantReference() {
        return merchantReference;
    }

    public void merchantReference(String merchantReference) {
        this.merchantReference = merchantReference;
    }

    public String cardNumber() {
        return cardNumber;
    }

    RecordedCall recorded() {
        return recorded;
    }

    void recorded(RecordedCall entry) {
        this.recorded = entry;
    }

    /** Keeps only the masked form ({@code 400000******2701}). */
    public void cardNumber(CardNumber card) {
        this.cardNumber = card.binAndLastFour();
    }
}
