package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import org.junit.jupiter.api.Test;

/** A merchant over its per-minute limit (600 in the test server) gets 429 with Retry-After; others do not. */
class RateLimitIT {
    private static final int LIMIT = 600;

    @Test
    void overTheLimitIs429WithRetryAfterAndOtherCallersAreUnaffected() {
        Merchant busy = Gateway.newMerchant("worldline");
        Merchant quiet = Gateway.newMerchant("worldline");
        String path = "/api/v1/authentications?merchantReference=rate-limit";
        Answer last = null;
        int admitted = 0;
        // The limit holds over any 60 seconds, so the burst is refused soon after LIMIT requests.
        for (int i = 0; i < 2 * LIMIT + 2; i++) {
            last = Gateway.get(path, busy.key());
            if (last.status() == 429) {
                break;
            }
            assertEquals(200, last.status(), last.body());
            admitted++;
        }
        assertEquals(429, last.status(), "request " + (admitted + 1) + " of the minute");
        assertTrue(admitted >= LIMIT, "admitted only " + admitted);
        assertEquals("/problems/rate-limited", last.json().getString("type"));
        int retryAfter = Integer.parseInt(last.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 120, "Retry-After " + retryAfter + ": within two minutes");
        assertEquals(200, Gateway.get(path, quiet.key()).status(), "the limit is per caller");
        assertTrue(Database.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND type = ? AND outcome = ?",
                "merchant:" + busy.id(), "request.refused", "429") >= 1, "a refused request is audited");
    }
}
