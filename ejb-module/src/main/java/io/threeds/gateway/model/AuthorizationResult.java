package io.threeds.gateway.model;

import java.time.LocalDateTime;

/** A provider's answer to authorising the payment (API.md {@code authorization}). */
public record AuthorizationResult(String status, String providerTransactionId, String approvalCode,
                                  String responseCode, long amountValue, String currency, LocalDateTime createdAt) {
}
