package io.threeds.gateway.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.provider.ProviderException.Kind;
import org.junit.jupiter.api.Test;

class ProviderExceptionTest {
    @Test
    void aPaymentMayHaveHappenedUnlessTheProviderRefusedOrWasUnavailable() {
        assertTrue(new ProviderException(Kind.TIMEOUT, "slow", null, null).paymentMayHaveHappened());
        assertTrue(new ProviderException(Kind.BAD_ANSWER, "500", 500, "").paymentMayHaveHappened());
        assertTrue(new ProviderException(Kind.BAD_ANSWER, "unreadable 200", 200, "{").paymentMayHaveHappened());
        assertFalse(new ProviderException(Kind.BAD_ANSWER, "400", 400, "").paymentMayHaveHappened());
        assertFalse(new ProviderException(Kind.UNAVAILABLE, "503", 503, "").paymentMayHaveHappened());
    }

    @Test
    void aRecordedFailureIsAnsweredAsTheSameProblem() {
        ProviderException timeout = ProviderException.fromRecord("provider-timeout", "no answer in 8000 ms");
        assertEquals(504, timeout.status());
        assertEquals("no answer in 8000 ms", timeout.getMessage());
        assertEquals(503, ProviderException.fromRecord("provider-unavailable", "down").status());
        assertEquals(502, ProviderException.fromRecord("something-else", "?").status());
    }
}
