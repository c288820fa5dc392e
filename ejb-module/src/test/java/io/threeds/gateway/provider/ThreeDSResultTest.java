package io.threeds.gateway.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.Liability;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.model.ThreeDSResult;
import org.junit.jupiter.api.Test;

class ThreeDSResultTest {
    private static final String CAVV = "AAABBEg0VhI0VniQEjRWAAAAAAA=";

    @Test
    void printsNoAuthenticationValueAndKeepsNoCardNumberInItsText() {
        ThreeDSResult result = new ThreeDSResult(TransStatus.N, "card 4000000000002701 not enrolled",
                StatusSource.PROVIDER_API, "07", CAVV, null, "ds-1", null, null, "2.2.0", "Y", null, Flow.FRICTIONLESS,
                "call 4111 1111 1111 1111", new Liability(false, "ECI_RULE"), RecommendedAction.DO_NOT_PROCEED);
        assertFalse(result.toString().contains(CAVV), result.toString());
        assertTrue(result.toString().contains("authenticationValue=[withheld]"), result.toString());
        assertEquals(CAVV, result.authenticationValue());
        assertEquals("card 40000000****2701 not enrolled", result.transStatusReason());
        assertEquals("call 41111111****1111", result.cardholderInfo());
    }

    @Test
    void aProviderFailureKeepsNoCardNumberInItsDetail() {
        ProviderException failure = new ProviderException(ProviderException.Kind.BAD_ANSWER,
                "worldline: unknown card 4000000000002701", 400, null);
        assertEquals("worldline: unknown card 40000000****2701", failure.getMessage());
    }
}
