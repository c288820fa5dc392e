package io.threeds.gateway.idempotency;

/** A key claimed for a new call, or the stored answer of an earlier call to replay. */
public record Claim(String recordId, boolean replay, Integer status, String body, String resourceId) {
}
