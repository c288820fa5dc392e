package io.threeds.sandbox.worldline;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.TestCardScenario;
import java.util.Map;
import java.util.Optional;

/**
 * What Worldline does for a card: SANDBOX.md's row of the exact card number first, then the seed's
 * cards matched on their last four digits (PROVIDERS.md §5.7: {@code 7977}, {@code 2672}, {@code 0002},
 * {@code 5550}, {@code 9026}), then frictionless success.
 */
public enum WorldlineScenario {
    /** 201 {@code PENDING_APPROVAL}, ECI 05 (02), CAVV, method {@code frictionless}. */
    FRICTIONLESS_AUTHENTICATED(null),
    /** As {@link #FRICTIONLESS_AUTHENTICATED} with ECI 06 (01). */
    FRICTIONLESS_ATTEMPTED(null),
    /** 201 {@code PENDING_APPROVAL} with only {@code eci "7"} ({@code "0"}): authorised without 3-D Secure. */
    AUTHORIZED_WITHOUT_AUTHENTICATION(null),
    /** 402 {@code REJECTED}, {@code 401025 MEDIUM_CONFIDENCE}, no cardholder information. */
    NOT_AUTHENTICATED(null),
    /** 402 as {@link #REJECTED_BY_ISSUER} with the {@code CARDHOLDERINFO} of the seed (SANDBOX.md: R). */
    REJECTED_WITH_CARDHOLDER_INFO(null),
    /** 402 {@code REJECTED}, {@code 430330 REJECTED_BY_ISSUER}, ECI 07 (00). */
    REJECTED_BY_ISSUER(null),
    /** Redirect to the challenge page: code {@code 1234} authenticates, any other code fails. */
    CHALLENGE(RedirectPage.CHALLENGE),
    /** Redirect to the challenge page, which fails whatever the code. */
    CHALLENGE_FAILS(RedirectPage.CHALLENGE),
    /** Redirect to the challenge page, then authorised without authentication ({@code eci "7"}). */
    CHALLENGE_THEN_UNAVAILABLE(RedirectPage.CHALLENGE),
    /** Redirect through the redirector to a 3-D Secure 1.0 password page (result with XID, no v2 ids). */
    THREE_DS_1(RedirectPage.THREE_DS_1),
    /** Redirect through the redirector with frictionless data already known, then success. */
    REDIRECTOR_FRICTIONLESS(RedirectPage.REDIRECTOR),
    /** Frictionless success, answered after {@link PaymentsResource#SLOW_ANSWER}. */
    SLOW_FRICTIONLESS(null);

    private static final Map<TestCardScenario, WorldlineScenario> ROWS = Map.ofEntries(
            Map.entry(TestCardScenario.FRICTIONLESS_AUTHENTICATED, FRICTIONLESS_AUTHENTICATED),
            Map.entry(TestCardScenario.FRICTIONLESS_ATTEMPTED, FRICTIONLESS_ATTEMPTED),
            Map.entry(TestCardScenario.FRICTIONLESS_NOT_AUTHENTICATED, NOT_AUTHENTICATED),
            Map.entry(TestCardScenario.FRICTIONLESS_UNAVAILABLE, AUTHORIZED_WITHOUT_AUTHENTICATION),
            Map.entry(TestCardScenario.FRICTIONLESS_REJECTED, REJECTED_BY_ISSUER),
            Map.entry(TestCardScenario.CHALLENGE, CHALLENGE),
            Map.entry(TestCardScenario.CHALLENGE_FAILS, CHALLENGE_FAILS),
            Map.entry(TestCardScenario.CHALLENGE_THEN_UNAVAILABLE, CHALLENGE_THEN_UNAVAILABLE),
            Map.entry(TestCardScenario.METHOD_THEN_FRICTIONLESS, FRICTIONLESS_AUTHENTICATED),
            Map.entry(TestCardScenario.METHOD_THEN_CHALLENGE, CHALLENGE),
            Map.entry(TestCardScenario.DEVICE_STEP_THEN_FRICTIONLESS, FRICTIONLESS_AUTHENTICATED),
            Map.entry(TestCardScenario.THREE_DS_1, THREE_DS_1),
            Map.entry(TestCardScenario.ENROLLMENT_ERROR, AUTHORIZED_WITHOUT_AUTHENTICATION),
            Map.entry(TestCardScenario.ENROLLED_UNAVAILABLE, AUTHORIZED_WITHOUT_AUTHENTICATION),
            Map.entry(TestCardScenario.AUTHENTICATION_BYPASSED, AUTHORIZED_WITHOUT_AUTHENTICATION),
            Map.entry(TestCardScenario.REJECTED_WITH_CARDHOLDER_INFO, REJECTED_WITH_CARDHOLDER_INFO),
            Map.entry(TestCardScenario.SLOW_PROVIDER, SLOW_FRICTIONLESS));

    private static final Map<String, WorldlineScenario> SEED_LAST_FOUR = Map.of(
            "7977", CHALLENGE,
            "2672", REDIRECTOR_FRICTIONLESS,
            "0002", THREE_DS_1,
            "5550", REJECTED_WITH_CARDHOLDER_INFO,
            "9026", AUTHORIZED_WITHOUT_AUTHENTICATION);

    private final RedirectPage redirectPage;

    WorldlineScenario(RedirectPage redirectPage) {
        this.redirectPage = redirectPage;
    }

    public static WorldlineScenario of(CardNumber card) {
        return forRow(TestCardScenario.of(card))
                .orElseGet(() -> SEED_LAST_FOUR.getOrDefault(card.lastFour(), FRICTIONLESS_AUTHENTICATED));
    }

    /** How Worldline expresses a row of SANDBOX.md's table; empty for {@link TestCardScenario#OTHER}. */
    static Optional<WorldlineScenario> forRow(TestCardScenario row) {
        return Optional.ofNullable(ROWS.get(row));
    }

    /** The Worldline page the shopper is redirected to, or {@code null} when Create Payment completes. */
    public RedirectPage redirectPage() {
        return redirectPage;
    }

    public boolean redirects() {
        return redirectPage != null;
    }
}
