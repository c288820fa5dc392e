package io.threeds.sandbox.firstoken;

import java.time.Instant;

/**
 * One payer authentication setup, keyed by its {@code reference_id}: the session id Cardinal's device
 * data collection reports as {@code SessionId}, and the key enroll must present.
 *
 * @param deviceDataCollectedAt when the device data collection page received this session's JWT, or
 *                              {@code null} while it has not
 */
record Session(String referenceId, Instant deviceDataCollectedAt) {

    static Session open(String referenceId) {
        return new Session(referenceId, null);
    }

    /** The first collection counts; a browser that posts again changes nothing. */
    Session deviceDataCollected(Instant at) {
        return deviceDataCollectedAt != null ? this : new Session(referenceId, at);
    }

    boolean hasDeviceData() {
        return deviceDataCollectedAt != null;
    }
}
