package io.threeds.client;

/** The merchant's wish about a cardholder challenge; the issuer decides. */
public enum ChallengePreference {
    NO_PREFERENCE, NO_CHALLENGE_REQUESTED, CHALLENGE_REQUESTED, CHALLENGE_MANDATED
}
