package io.threeds.client;

import java.time.Instant;

/** The provider's authorisation of the payment; {@code status} is AUTHORIZED, DECLINED or FAILED. */
public record Authorization(String status, String providerTransactionId, String approvalCode, String responseCode,
                            Amount amount, Instant createdAt) {
    public boolean authorized() {
        return "AUTHORIZED".equals(status);
    }
}
