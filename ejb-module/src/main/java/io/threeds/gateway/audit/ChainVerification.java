package io.threeds.gateway.audit;

/** The result of walking the chain: verified up to {@code head}, or broken at {@code firstBrokenEventId}. */
public record ChainVerification(boolean verified, long checked, String head, String firstBrokenEventId,
                                String reason) {
}
