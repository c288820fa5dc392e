package io.threeds.client;

import java.util.List;

/** A page of authentications as an auditor sees them (no authentication value), newest first. */
public record AuthenticationPage(List<Authentication> items, String nextCursor) implements Page<Authentication> {
}
