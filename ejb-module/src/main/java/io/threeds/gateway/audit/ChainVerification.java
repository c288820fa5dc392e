package io.threeds.gateway.audit;

/**
 * The result of walking the sealed chain: verified up to the latest checkpoint ({@code head}), or
 * broken at {@code firstBrokenEventId}. {@code pendingEvents} are written but not sealed yet, so not
 * verified; {@code extendsCheckpoint} is whether the chain extends the checkpoint given, null if none was.
 */
public record ChainVerification(boolean verified, long checked, String head, long pendingEvents,
                                Checkpoint checkpoint, Boolean extendsCheckpoint, String firstBrokenEventId,
                                String reason) {

    static ChainVerification broken(long checked, long pendingEvents, String eventId, String reason) {
        return new ChainVerification(false, checked, null, pendingEvents, null, null, eventId, reason);
    }
}
