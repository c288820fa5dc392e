package io.threeds.gateway.reporting;

import java.time.LocalDateTime;

/**
 * The authentications statistics are computed over: created in [{@code from}, {@code to}), of one
 * merchant or provider when given; a null member does not filter.
 */
public record StatsFilter(LocalDateTime from, LocalDateTime to, String merchantId, String provider) {
}
