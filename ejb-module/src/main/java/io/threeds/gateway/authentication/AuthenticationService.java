package io.threeds.gateway.authentication;

import io.threeds.gateway.Utc;
import io.threeds.gateway.card.Card;
import io.threeds.gateway.card.FieldCipher;
import io.threeds.gateway.card.KeyedHash;
import io.threeds.gateway.deployment.Deployment;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.idempotency.Claim;
import io.threeds.gateway.idempotency.IdempotencyKeys;
import io.threeds.gateway.idempotency.KeyHold;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.merchant.MerchantAdministration;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.model.Amount;
import io.threeds.gateway.model.HostedPageUrls;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.persistence.Authentication;
import io.threeds.gateway.persistence.AuthenticationState;
import io.threeds.gateway.persistence.AuthorizationState;
import io.threeds.gateway.persistence.CardDescription;
import io.threeds.gateway.persistence.Merchant;
import io.threeds.gateway.persistence.Money;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;
import io.threeds.gateway.problem.ValidationException;
import io.threeds.gateway.problem.Violation;
import io.threeds.gateway.provider.AuthorizationRequest;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderRegistry;
import io.threeds.gateway.provider.StartRequest;
import io.threeds.gateway.provider.ThreeDSProvider;
import io.threeds.gateway.routing.RoutingRules;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates and reads authentications. Runs without a transaction ({@code NOT_SUPPORTED}): it stores the
 * attempt with its Idempotency-Key's claim, calls the provider, and stores the outcome with the key's
 * answer through {@link AuthenticationStore}, whose methods each commit on their own, so no database
 * transaction or lock is held during the provider call.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuthenticationService {
    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    @EJB
    AuthenticationStore store;

    @EJB
    MerchantAdministration merchants;

    @EJB
    IdempotencyKeys keys;

    @Inject
    ProviderRegistry providers;

    @Inject
    KeyedHash fingerprint;

    @Inject
    RequestVault vault;

    @Inject
    FieldCipher cipher;

    @Inject
    HostedPageAddresses addresses;

    @Inject
    Deployment deployment;

    @Inject
    @ConfigProperty(name = "threeds.authentication.ttl-minutes", defaultValue = "30")
    int ttlMinutes;

    @Inject
    @ConfigProperty(name = "threeds.call.lease-seconds", defaultValue = "30")
    int leaseSeconds;

    /**
     * A create's first transaction ({@link AuthenticationStore#open}): the Idempotency-Key's claim, and the
     * request routed, validated and stored as an attempt under the claim's resource id.
     */
    public Opening open(Caller caller, KeyHold hold, NewAuthentication request) {
        return store.open(hold, caller, id -> newAttempt(merchants.find(caller.merchantId()), id, request));
    }

    /**
     * Calls the provider for the attempt opened and records its outcome with the key's answer, as
     * {@code kept} writes it down. When the provider is unavailable before any authentication began (not
     * reached, circuit open, or answering "unavailable"), the attempt fails over to the next provider of the
     * matching routing rule, audited. An attempt stored by a call that died with its server, whose claim
     * this call took over, is continued (see {@link #resume}).
     */
    public Opened proceed(Caller caller, Opening opening, NewAuthentication request, Function<Opened, String> kept) {
        if (opening.earlier() != null) {
            return resume(caller, opening, request, kept);
        }
        return callProviders(caller, opening.claim(), request, opening.opened().candidates(), kept);
    }

    private NewAttempt newAttempt(Merchant merchant, String id, NewAuthentication request) {
        List<ThreeDSProvider> candidates = route(merchant, request);
        List<Violation> missing = violations(candidates.get(0), request);
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
        if (!MerchantAdministration.returnUrlAllowed(merchant, request.returnUrl(), deployment.isSandbox())) {
            throw ValidationException.of("returnUrl", merchant.getAllowedReturnOrigins().isEmpty()
                    ? "the merchant has no allowedReturnOrigins, which are required outside the sandbox"
                    : "origin is not one of the merchant's allowedReturnOrigins");
        }
        Card card = request.card();
        Authentication attempt = new Authentication(id, merchant.getId(), request.merchantReference(),
                candidates.get(0).id(), new Money(request.amount().value(), request.amount().currency()),
                request.challengePreference(), request.returnUrl(), Utc.now(), Utc.now().plusMinutes(ttlMinutes));
        attempt.setShopperLanguage(request.browser() == null ? null : request.browser().language());
        attempt.describeCard(new CardDescription(card.bin(), card.last4(),
                card.isEncrypted() ? null : card.brand().name(), card.expiryMonth(), card.expiryYear(),
                card.isEncrypted() ? null : fingerprint.of(card.number())));
        boolean holdRequest = candidates.stream().anyMatch(ThreeDSProvider::needsCardLater);
        return new NewAttempt(attempt, holdRequest ? vault.seal(id, request) : null, candidates);
    }

    /**
     * The same request again, for an attempt that an earlier call stored before its server died. What
     * that call finished is the answer (a failure as the problem it would have answered); an attempt
     * still PROCESSING, whose provider call never came back, calls its provider again, as the same record.
     */
    private Opened resume(Caller caller, Opening opening, NewAuthentication request, Function<Opened, String> kept) {
        Authentication earlier = opening.earlier();
        String id = earlier.getId();
        if (earlier.getState() == AuthenticationState.FAILED) {
            throw ProviderException.fromRecord(earlier.getErrorCode(), earlier.getErrorDetail()).with("authenticationId", id);
        }
        if (earlier.getState() != AuthenticationState.PROCESSING) {
            Opened finished = new Opened(earlier, null);
            keys.complete(opening.claim(), 201, kept.apply(finished));
            return finished;
        }
        List<ThreeDSProvider> candidates = route(merchants.find(caller.merchantId()), request);
        int from = candidates.stream().map(ThreeDSProvider::id).toList().indexOf(earlier.getProvider());
        List<ThreeDSProvider> remaining = from < 0
                ? List.of(providers.find(earlier.getProvider()).orElseThrow()) : candidates.subList(from, candidates.size());
        store.resumed(id, caller);
        return callProviders(caller, opening.claim(), request, remaining, kept);
    }

    private Opened callProviders(Caller caller, Claim claim, NewAuthentication request,
                                 List<ThreeDSProvider> candidates, Function<Opened, String> kept) {
        String id = claim.resourceId();
        for (int i = 0; ; i++) {
            ThreeDSProvider provider = candidates.get(i);
            try {
                HostedPageUrls urls = addresses.of(id);
                return store.record(id, provider.start(new StartRequest(id, request, urls)), caller, urls, claim, kept);
            } catch (ProviderException failure) {
                ThreeDSProvider next = i + 1 < candidates.size() && failure.neverReachedAuthentication()
                        ? candidates.get(i + 1) : null;
                if (next == null || !violations(next, request).isEmpty()) {
                    store.fail(id, failure, caller.actor(), caller.role().wireName());
                    throw failure.with("authenticationId", id);
                }
                store.failOver(id, failure, next.id(), caller);
            }
        }
    }

    /** The authentication if the caller may see it; another merchant's is "not found". */
    public Authentication find(Caller caller, String id) {
        Authentication authentication = id == null ? null : store.stored(id);
        if (authentication == null || !visibleTo(caller, authentication)) {
            throw GatewayException.notFound("authentication");
        }
        if (authentication.isPendingBrowser() && authentication.getExpiresAt().isBefore(Utc.now())) {
            try {
                store.expire(id);
            } catch (EJBException expiredConcurrently) {
                // Another instance (or the housekeeping sweep) expired it at the same moment: read theirs.
            }
            authentication = store.stored(id);
        }
        return authentication;
    }

    /**
     * Authorises the payment of a completed authentication (API.md §2). Refused (409) when the
     * result says not to proceed or the authentication has no result yet. A provider whose
     * authentication was itself the authorisation (worldline) already holds it, and it is returned;
     * otherwise the provider's payment step is called with the held card, which is then deleted. The
     * authorisation is claimed first, so a second call meanwhile is 409; one whose earlier call may have
     * paid without an answer (a provider timeout, or a server that died during the call) is refused too:
     * none of the five providers documents a lookup of a payment's state (seeds 000-004), so the gateway
     * cannot learn the outcome, and a blind retry could pay twice.
     */
    public Authentication authorize(Caller caller, String id, boolean capture) {
        Authentication authentication = find(caller, id);
        if (authentication.getResult().getRecommendedAction() == RecommendedAction.DO_NOT_PROCEED) {
            throw new GatewayException(ProblemType.STATE_CONFLICT,
                    "the authentication's recommendedAction is DO_NOT_PROCEED: it may not be authorised");
        }
        if (authentication.getState() != AuthenticationState.COMPLETED) {
            throw new GatewayException(ProblemType.STATE_CONFLICT,
                    "the authentication is " + authentication.getState() + ", not COMPLETED");
        }
        if (authentication.getAuthorizationResult() != null) {
            store.auditAuthorizationRead(authentication, caller, capture);
            return authentication;
        }
        refuseWhileClaimed(authentication);
        ThreeDSProvider provider = providers.find(authentication.getProvider()).orElseThrow();
        String sealed = store.heldRequest(id);
        if (sealed == null) {
            throw new GatewayException(ProblemType.STATE_CONFLICT,
                    "the card is no longer held for this authentication: authenticate again");
        }
        Money amount = authentication.getAmount();
        AuthorizationRequest request = new AuthorizationRequest(id, authentication.getMerchantReference(),
                vault.open(authentication.getId(), sealed).card(), new Amount(amount.getValue(), amount.getCurrency()),
                capture, StoredResult.of(authentication, cipher), ProviderRefs.read(cipher, authentication));
        if (!store.claimAuthorization(id)) {
            throw authorizationInProgress();
        }
        try {
            return store.authorized(id, provider.authorize(request), caller, capture);
        } catch (ProviderException failure) {
            store.authorizationFailed(id, failure, caller);
            throw failure.with("authenticationId", id);
        }
    }

    private void refuseWhileClaimed(Authentication authentication) {
        AuthorizationState claim = authentication.getAuthorizationState();
        if (claim == null) {
            return;
        }
        if (claim == AuthorizationState.AUTHORIZING
                && authentication.getAuthorizationClaimedAt().plusSeconds(leaseSeconds).isAfter(Utc.now())) {
            throw authorizationInProgress();
        }
        throw new GatewayException(ProblemType.AUTHORIZATION_OUTCOME_UNKNOWN, "an earlier authorisation of this "
                + "payment may have been made by " + authentication.getProvider() + " without an answer reaching "
                + "the gateway, and " + authentication.getProvider() + " offers no lookup of a payment's state: "
                + "retrying could authorise it twice. Check the payment with the provider.")
                .with("authenticationId", authentication.getId());
    }

    private static GatewayException authorizationInProgress() {
        return new GatewayException(ProblemType.AUTHORIZATION_IN_PROGRESS,
                "another call is authorising this payment").with("retryAfter", "5");
    }

    public List<Authentication> byMerchantReference(Caller caller, String merchantReference) {
        return em.createNamedQuery("Authentication.byReference", Authentication.class)
                .setParameter("merchant", caller.merchantId()).setParameter("reference", merchantReference)
                .setMaxResults(100).getResultList();
    }

    private static boolean visibleTo(Caller caller, Authentication authentication) {
        return caller.role() == Role.AUDITOR || authentication.getMerchantId().equals(caller.merchantId());
    }

    /** What {@code provider} cannot take in the request: an encrypted card, or what its own check finds. */
    private static List<Violation> violations(ThreeDSProvider provider, NewAuthentication request) {
        if (request.card().isEncrypted() && !provider.takesEncryptedCard()) {
            return List.of(new Violation("card.encrypted", "provider " + provider.id()
                    + " takes a card number, not a client-side encrypted card"));
        }
        return provider.check(request);
    }

    /** The providers to try, in order: explicit, else the first matching routing rule's, else the default. */
    private List<ThreeDSProvider> route(Merchant merchant, NewAuthentication request) {
        List<String> ids = RoutingRules.candidates(merchant, request);
        if (ids.isEmpty()) {
            throw ValidationException.of("provider", "is required: the merchant has no default provider");
        }
        List<ThreeDSProvider> candidates = new ArrayList<>();
        for (String id : ids) {
            ThreeDSProvider provider = providers.find(id).orElseThrow(() ->
                    ValidationException.of("provider", "must be one of " + providers.ids()));
            if (!merchant.getAllowedProviders().isEmpty() && !merchant.getAllowedProviders().contains(id)) {
                throw ValidationException.of("provider", "is not enabled for this merchant");
            }
            candidates.add(provider);
        }
        return candidates;
    }
}
