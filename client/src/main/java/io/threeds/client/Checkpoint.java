package io.threeds.client;

import java.time.Instant;

/** A signed checkpoint of the audit chain, to be kept outside the gateway and passed back to verify. */
public record Checkpoint(long sequence, String head, Instant sealedAt, String keyId, String signature) {
}
