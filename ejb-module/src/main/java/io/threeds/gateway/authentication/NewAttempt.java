package io.threeds.gateway.authentication;

import io.threeds.gateway.persistence.Authentication;
import io.threeds.gateway.provider.ThreeDSProvider;
import java.util.List;

/** A validated request as an attempt to store, its request sealed when a provider needs it again, and the providers to try. */
public record NewAttempt(Authentication attempt, String sealedRequest, List<ThreeDSProvider> candidates) {
    /** Never prints the sealed request. */
    @Override
    public String toString() {
        return "NewAttempt[" + attempt.getId() + "]";
    }
}
