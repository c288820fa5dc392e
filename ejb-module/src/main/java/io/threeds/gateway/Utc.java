package io.threeds.gateway;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The gateway's clock: UTC, millisecond precision (what both databases keep exactly). */
public final class Utc {
    private Utc() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
