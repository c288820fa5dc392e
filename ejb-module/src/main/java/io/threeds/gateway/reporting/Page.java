package io.threeds.gateway.reporting;

import java.util.List;

/** One page, newest first, and the cursor of the next one (null on the last page). */
public record Page<T>(List<T> items, String nextCursor) {
}
