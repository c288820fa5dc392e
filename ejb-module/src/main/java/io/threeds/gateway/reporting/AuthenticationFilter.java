package io.threeds.gateway.reporting;

import io.threeds.gateway.emv.TransStatus;
import java.time.LocalDateTime;

/**
 * Authentications to list; a null member does not filter. {@code from} (inclusive) and {@code to}
 * (exclusive) bound the creation time. {@code merchantName} matches merchants whose name or branding
 * display name contains it, ignoring case.
 */
public record AuthenticationFilter(String merchantId, String provider, TransStatus transStatus, Boolean liabilityShift,
                                   LocalDateTime from, LocalDateTime to, String merchantReference, String last4,
                                   String merchantName) {
}
