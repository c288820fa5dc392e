package io.threeds.gateway.idempotency;

/**
 * A key claimed for a call (new, or taken over from a call whose lease lapsed: {@code resumed}), or the
 * stored answer of an earlier call to replay. {@code resourceId} is the resource the call concerns,
 * fixed when the key was first claimed; {@code generation} fences this holder's completion.
 */
public record Claim(String recordId, int generation, boolean replay, boolean resumed, Integer status, String body,
                    String resourceId) {
    /** Never prints the stored answer. */
    @Override
    public String toString() {
        return "Claim[" + recordId + ", generation " + generation + (replay ? ", replay " + status : "") + "]";
    }
}
