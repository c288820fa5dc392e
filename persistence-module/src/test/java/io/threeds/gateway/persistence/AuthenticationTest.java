package io.threeds.gateway.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 5, 10, 0);

    @Test
    void aNewAttemptIsProcessingWithNothingReported() {
        Authentication attempt = attempt();
        assertEquals(AuthenticationState.PROCESSING, attempt.getState());
        assertNull(attempt.getResult().getTransStatus());
        assertFalse(attempt.getResult().isLiabilityShift());
    }

    @Test
    void aFailureKeepsWhatWasReportedButNotTheLiabilityShift() {
        Authentication attempt = attempt();
        attempt.record(reported(TransStatus.C, RecommendedAction.AWAIT_BROWSER));
        attempt.awaitBrowser("{}", "token", NOW);

        attempt.fail("provider-timeout", "no answer", NOW.plusMinutes(1));

        AuthenticationResult result = attempt.getResult();
        assertEquals(AuthenticationState.FAILED, attempt.getState());
        assertEquals(TransStatus.E, result.getTransStatus());
        assertEquals("no answer", result.getTransStatusReason());
        assertEquals(RecommendedAction.RETRY, result.getRecommendedAction());
        assertFalse(result.isLiabilityShift());
        assertEquals("UNDETERMINED", result.getLiabilityBasis());
        assertEquals("ds-1", result.getDsTransactionId(), "the ids reported so far stay");
        assertEquals("provider-timeout", attempt.getErrorCode());
        assertNull(attempt.getNextAction());
        assertNull(attempt.getBrowserTokenEncrypted());
    }

    @Test
    void onlyAPendingBrowserStepExpiresAndThenProceedsWithoutLiabilityShift() {
        Authentication attempt = attempt();
        assertThrows(IllegalStateException.class, () -> attempt.expire(NOW));

        attempt.awaitBrowser("{}", "token", NOW);
        attempt.expire(NOW.plusMinutes(20));

        assertEquals(AuthenticationState.EXPIRED, attempt.getState());
        assertEquals(TransStatus.U, attempt.getResult().getTransStatus());
        assertEquals(RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT, attempt.getResult().getRecommendedAction());
        assertEquals("browser step not finished before " + NOW.plusMinutes(15),
                attempt.getResult().getTransStatusReason());
    }

    @Test
    void anEndedAuthenticationTakesNoFurtherResult() {
        Authentication attempt = attempt();
        attempt.record(reported(TransStatus.N, RecommendedAction.DO_NOT_PROCEED));
        attempt.complete(NOW);

        assertThrows(IllegalStateException.class,
                () -> attempt.record(reported(TransStatus.Y, RecommendedAction.PROCEED)));
        assertThrows(IllegalStateException.class, () -> attempt.fail("x", "y", NOW));
        assertEquals(TransStatus.N, attempt.getResult().getTransStatus());
    }

    @Test
    void theHeldRequestIsNeededWhileTheBrowserStepRunsOrTheResultMayStillBeAuthorised() {
        Authentication pending = attempt();
        pending.awaitBrowser("{}", "token", NOW);
        assertTrue(pending.needsHeldRequest());

        Authentication refused = attempt();
        refused.record(reported(TransStatus.N, RecommendedAction.DO_NOT_PROCEED));
        refused.complete(NOW);
        assertFalse(refused.needsHeldRequest());

        Authentication verified = attempt();
        verified.record(reported(TransStatus.Y, RecommendedAction.PROCEED));
        verified.complete(NOW);
        assertTrue(verified.needsHeldRequest());
        verified.authorized("{\"status\":\"AUTHORIZED\"}");
        assertFalse(verified.needsHeldRequest());
    }

    @Test
    void aFailedAuthorisationIsReleasedUnlessThePaymentMayHaveHappened() {
        Authentication verified = attempt();
        verified.authorizationFailed(false);
        assertNull(verified.getAuthorizationState());
        verified.authorizationFailed(true);
        assertEquals(AuthorizationState.UNKNOWN, verified.getAuthorizationState());
    }

    @Test
    void whatAProviderReportsOfTheCardFillsOnlyWhatIsUnknown() {
        Authentication encrypted = attempt();
        encrypted.describeCard(new CardDescription(null, null, null, 12, 2030, null));
        encrypted.learnCard("40000000", "2503", "VISA");
        encrypted.learnCard("51000000", "0008", "MASTERCARD");

        CardDescription card = encrypted.getCard();
        assertEquals("40000000", card.getBin());
        assertEquals("2503", card.getLast4());
        assertEquals("VISA", card.getBrand());
        assertEquals(12, card.getExpiryMonth(), "the expiry the request gave stays");
        assertEquals(2030, card.getExpiryYear());
    }

    @Test
    void anAttemptWithoutCardColumnsHasAnEmptyDescriptionThatCanStillLearn() {
        Authentication unread = attempt();
        assertNull(unread.getCard().getLast4(), "EclipseLink reads all-null card columns as no embeddable");

        unread.learnCard("40000000", "2503", "VISA");

        assertEquals("2503", unread.getCard().getLast4());
        assertNull(unread.getCard().getExpiryMonth());
    }

    private static Authentication attempt() {
        return new Authentication("a-1", "m-1", "order-1", "worldline", new Money(1000, "EUR"), null,
                "https://shop.example/back", NOW, NOW.plusMinutes(15));
    }

    private static AuthenticationResult reported(TransStatus status, RecommendedAction action) {
        return new AuthenticationResult(status, null, StatusSource.PROVIDER_API, "05", null, null, "ds-1", null,
                null, "2.2.0", null, null, Flow.CHALLENGE, status == TransStatus.Y, "TEST", action, null);
    }
}
