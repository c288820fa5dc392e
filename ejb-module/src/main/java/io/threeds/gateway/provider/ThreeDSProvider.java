package io.threeds.gateway.provider;

import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.model.HostedPageUrls;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;
import io.threeds.gateway.problem.Violation;
import java.util.List;
import java.util.Optional;

/**
 * One 3-D Secure provider. Implementations are {@code @Stateless} EJBs exposing this local view and
 * run without a transaction: a transaction never spans an HTTP call to a provider.
 */
public interface ThreeDSProvider {

    /** The id merchants name in {@code provider} and configuration uses as its key prefix. */
    String id();

    /** What this provider needs that the request lacks; checked before anything is stored. */
    default List<Violation> check(NewAuthentication request) {
        return List.of();
    }

    /** Whether the provider takes a card the shopper's browser encrypted for it instead of a number (API.md §2). */
    default boolean takesEncryptedCard() {
        return false;
    }

    /** Starts an authentication: a final result, or a browser step to hand to the hosted page. */
    ProviderResult start(StartRequest request);

    /** Continues after the shopper's browser came back with the provider's result. */
    ProviderResult resume(ProviderSession session, BrowserResult browserResult);

    /**
     * The hosted page's script for a browser step that the provider's JavaScript SDK runs; none for steps
     * that are forms and frames, which the hosted page runs alike for every provider.
     */
    default Optional<SdkPage> sdkPage(BrowserAction action, HostedPageUrls urls) {
        return Optional.empty();
    }

    /**
     * Whether the provider needs the card again after {@link #start}: for a separate payment step or a
     * re-POST. The gateway then holds it encrypted until it is used or may no longer be.
     */
    default boolean needsCardLater() {
        return false;
    }

    /** The provider's separate payment step; providers whose authentication authorises have none. */
    default Authorized authorize(AuthorizationRequest request) {
        throw new GatewayException(ProblemType.STATE_CONFLICT,
                "provider " + id() + " has no separate authorisation step");
    }
}
