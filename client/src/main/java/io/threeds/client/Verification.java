package io.threeds.client;

/**
 * The audit chain's verification: {@code verified} with the events {@code checked}, the chain's {@code head}
 * and the events not sealed yet ({@code pendingEvents}, never counted as verified); or the first event that
 * does not fit and why.
 */
public record Verification(boolean verified, long checked, String head, Long pendingEvents, Checkpoint checkpoint,
                           String firstBrokenEventId, String reason) {
}
