package io.threeds.gateway.authentication;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.Utc;
import io.threeds.gateway.audit.AuditEntry;
import io.threeds.gateway.audit.AuditTrail;
import io.threeds.gateway.card.EncryptedColumn;
import io.threeds.gateway.card.FieldCipher;
import io.threeds.gateway.idempotency.Claim;
import io.threeds.gateway.idempotency.IdempotencyKeys;
import io.threeds.gateway.idempotency.KeyHold;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.model.AuthorizationResult;
import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.model.HostedPageUrls;
import io.threeds.gateway.persistence.Authentication;
import io.threeds.gateway.persistence.AuthenticationResult;
import io.threeds.gateway.persistence.AuthenticationState;
import io.threeds.gateway.persistence.AuthorizationState;
import io.threeds.gateway.persistence.CardDescription;
import io.threeds.gateway.persistence.HeldRequest;
import io.threeds.gateway.persistence.Money;
import io.threeds.gateway.persistence.ProviderCall;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;
import io.threeds.gateway.provider.Authorized;
import io.threeds.gateway.provider.BrowserRefusedException;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderExchange;
import io.threeds.gateway.provider.ProviderResult;
import io.threeds.gateway.provider.ReportedCard;
import io.threeds.gateway.webhook.WebhookOutbox;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The writes around a provider call, each in its own transaction ({@code REQUIRES_NEW}) so that no
 * transaction is open while the provider is called: the attempt is stored before the call with the
 * claim on its Idempotency-Key, its outcome, provider exchanges, audit event and the key's answer after
 * it, together.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AuthenticationStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    FieldCipher cipher;

    @Inject
    Event<ChallengeCompleted> challengeCompleted;

    @Inject
    AuthenticationMetrics metrics;

    @EJB
    WebhookOutbox webhooks;

    @EJB
    IdempotencyKeys keys;

    @Resource
    SessionContext context;

    /**
     * The attempt stored under this id, or null. Read in a transaction of its own rather than by the
     * caller: outside a global transaction Liberty keeps a shareable connection until the calling EJB
     * method ends (local transaction containment), so a read in AuthenticationService.create held a pooled
     * connection across the provider call, and each create needed two at once.
     */
    public Authentication stored(String id) {
        return em.find(Authentication.class, id);
    }

    /**
     * A create's first transaction: claims the Idempotency-Key and, unless the key answers with a replay or
     * was taken over from a call that stored its attempt already, stores the attempt that {@code newAttempt}
     * makes under the claim's resource id (with its request, sealed, when a provider needs it again) and its
     * audit event. A request {@code newAttempt} refuses rolls the claim back with it: the key stays free.
     */
    public Opening open(KeyHold hold, Caller caller, Function<String, NewAttempt> newAttempt) {
        Claim claim = keys.claim(hold);
        if (claim.replay()) {
            return new Opening(claim, null, null);
        }
        Authentication earlier = claim.resumed() ? em.find(Authentication.class, claim.resourceId()) : null;
        if (earlier != null) {
            return new Opening(claim, null, earlier);
        }
        NewAttempt opened;
        try {
            opened = newAttempt.apply(claim.resourceId());
        } catch (GatewayException refused) {
            context.setRollbackOnly();
            throw refused;
        }
        Authentication attempt = opened.attempt();
        em.persist(attempt);
        if (opened.sealedRequest() != null) {
            em.persist(new HeldRequest(attempt.getId(), opened.sealedRequest(), attempt.getExpiresAt()));
        }
        CardDescription card = attempt.getCard();
        Money amount = attempt.getAmount();
        audit.append(new AuditEntry("authentication.requested", caller.actor(), caller.role().wireName(),
                attempt.getMerchantId(), attempt.getId(), "ACCEPTED", Map.of(
                        "provider", attempt.getProvider(),
                        "merchantReference", attempt.getMerchantReference(),
                        "card", card.getLast4() == null ? "client-side encrypted"
                                : card.getBin() + "…" + card.getLast4(),
                        "amount", amount.getValue() + " " + amount.getCurrency())));
        return new Opening(claim, opened, null);
    }

    /**
     * Records what the provider answered: a final result, or the browser step with a fresh token; and with
     * it the Idempotency-Key's answer, the 201 as {@code kept} writes it down for replay.
     */
    public Opened record(String id, ProviderResult outcome, Caller caller, HostedPageUrls urls, Claim claim,
                         Function<Opened, String> kept) {
        Authentication authentication = processing(id);
        keep(authentication, outcome);
        String token = null;
        if (outcome.awaitsBrowser()) {
            token = newToken();
            awaitBrowser(authentication, urls, outcome.browserAction(), token);
        } else {
            authentication.complete(Utc.now());
        }
        releaseRequestIfDone(authentication);
        reached(authentication);
        audit.append(new AuditEntry(outcome.awaitsBrowser() ? "authentication.browser_required"
                : "authentication.completed", caller.actor(), caller.role().wireName(),
                authentication.getMerchantId(), id, authentication.getState().name(), resultDetails(authentication)));
        Opened opened = new Opened(authentication, token);
        keys.complete(claim, 201, kept.apply(opened));
        return opened;
    }

    /** The provider gave no usable result: transStatus E, FAILED, the merchant may retry. */
    public Authentication fail(String id, ProviderException failure, String actor, String actorRole) {
        Authentication authentication = em.find(Authentication.class, id);
        if (!authentication.isPendingBrowser()) {
            processing(id);
        }
        exchanges(authentication, failure.exchanges());
        authentication.fail(failure.type().slug(), failure.getMessage(), Utc.now());
        releaseRequestIfDone(authentication);
        reached(authentication);
        audit.append(new AuditEntry("authentication.failed", actor, actorRole, authentication.getMerchantId(), id,
                "FAILED",
                Map.of("problem", failure.type().slug(), "detail", failure.getMessage())));
        return authentication;
    }

    /**
     * A retry of the Idempotency-Key took over from a call that died with its server before the
     * provider's answer was stored: the provider is called again for the same attempt.
     */
    public void resumed(String id, Caller caller) {
        Authentication authentication = processing(id);
        audit.append(new AuditEntry("authentication.resumed", caller.actor(), caller.role().wireName(),
                authentication.getMerchantId(), id, authentication.getState().name(),
                Map.of("provider", authentication.getProvider(),
                        "reason", "the call that began it ended without the provider's answer")));
    }

    /** The provider was unavailable before anything began: keep its evidence, move to the next, audit it. */
    public void failOver(String id, ProviderException failure, String nextProvider, Caller caller) {
        Authentication authentication = em.find(Authentication.class, id);
        exchanges(authentication, failure.exchanges());
        String from = authentication.getProvider();
        authentication.failOverTo(nextProvider, Utc.now());
        audit.append(new AuditEntry("authentication.failover", caller.actor(), caller.role().wireName(),
                authentication.getMerchantId(), id, "FAILED_OVER",
                Map.of("from", from, "to", nextProvider, "reason", failure.getMessage())));
    }

    /** The browser brought the final result back: record it and fire {@link ChallengeCompleted}. */
    public Authentication completeFromBrowser(String id, long expectedVersion, ProviderResult outcome,
                                              String actor) {
        Authentication authentication = em.find(Authentication.class, id);
        if (authentication.getVersion() != expectedVersion || !authentication.isPendingBrowser()) {
            throw new BrowserRefusedException("authentication already completed");
        }
        keep(authentication, outcome);
        authentication.complete(Utc.now());
        releaseRequestIfDone(authentication);
        reached(authentication);
        AuthenticationResult result = authentication.getResult();
        challengeCompleted.fire(new ChallengeCompleted(id, authentication.getMerchantId(),
                authentication.getProvider(), Objects.toString(result.getTransStatus(), null),
                Objects.toString(result.getFlow(), null), result.isLiabilityShift(), actor));
        return authentication;
    }

    /**
     * The provider asks for another browser step after a callback: keep what it reported so far and
     * the new step, with a fresh hosted-page token (returned, kept only encrypted).
     */
    public String advance(String id, long expectedVersion, ProviderResult outcome, HostedPageUrls urls) {
        Authentication authentication = em.find(Authentication.class, id);
        if (authentication.getVersion() != expectedVersion || !authentication.isPendingBrowser()) {
            throw new BrowserRefusedException("authentication moved on concurrently");
        }
        keep(authentication, outcome);
        String token = newToken();
        awaitBrowser(authentication, urls, outcome.browserAction(), token);
        audit.append(new AuditEntry("authentication.browser_step", "browser", "browser",
                authentication.getMerchantId(), id, authentication.getState().name(),
                Map.of("purpose", outcome.browserAction().purpose(), "target", outcome.browserAction().target())));
        return token;
    }

    /** Claims the authorisation (AUTHORIZING) before the provider is called; false when already claimed. */
    public boolean claimAuthorization(String id) {
        return em.createNamedQuery("Authentication.claimAuthorization").setParameter("id", id)
                .setParameter("now", Utc.now()).executeUpdate() == 1;
    }

    /** The provider's payment step answered: keep its result; the held request is deleted with it. */
    public Authentication authorized(String id, Authorized authorized, Caller caller, boolean capture) {
        Authentication authentication = em.find(Authentication.class, id);
        exchanges(authentication, authorized.exchanges());
        authentication.authorized(authorizationJson(authorized.result()));
        learnCard(authentication, authorized.card());
        releaseRequestIfDone(authentication);
        webhooks.enqueue(authentication, "authorization.completed");
        audit.append(new AuditEntry("authorization.completed", caller.actor(), caller.role().wireName(),
                authentication.getMerchantId(), id, authorized.result().status(),
                Map.of("provider", authentication.getProvider(), "capture", String.valueOf(capture),
                        "responseCode", String.valueOf(authorized.result().responseCode()))));
        return authentication;
    }

    /**
     * The payment step failed. Where the provider refused it or was unavailable, the claim is released
     * and the request stays held (until its hold ends) so the merchant may retry; where the payment may
     * have happened (a timeout), the authorisation is UNKNOWN and no blind retry is allowed.
     */
    public void authorizationFailed(String id, ProviderException failure, Caller caller) {
        Authentication authentication = em.find(Authentication.class, id);
        exchanges(authentication, failure.exchanges());
        boolean unknown = failure.paymentMayHaveHappened();
        authentication.authorizationFailed(unknown);
        audit.append(new AuditEntry("authorization.failed", caller.actor(), caller.role().wireName(),
                authentication.getMerchantId(), id, unknown ? AuthorizationState.UNKNOWN.name() : "FAILED",
                Map.of("problem", failure.type().slug(), "detail", failure.getMessage())));
    }

    /** The sealed request of an authentication, or null when none is held. */
    public String heldRequest(String id) {
        HeldRequest held = em.find(HeldRequest.class, id);
        return held == null || held.getExpiresAt().isBefore(Utc.now()) ? null : held.getRequestEncrypted();
    }

    /** Deletes every request whose hold has ended; returns how many. */
    public int purgeExpiredRequests() {
        return em.createNamedQuery("HeldRequest.expired").setParameter("now", Utc.now()).executeUpdate();
    }

    /** Authentication values older than the retention are erased (DESIGN.md, data handling), audited. */
    public int purgeAuthenticationValues(int retentionDays) {
        LocalDateTime before = Utc.now().minusDays(retentionDays);
        int purged = em.createNamedQuery("Authentication.purgeAuthenticationValues").setParameter("before", before)
                .executeUpdate();
        if (purged > 0) {
            audit.append(new AuditEntry("authentication_values.purged", Caller.system().actor(), "system", null,
                    null, "PURGED", Map.of("count", String.valueOf(purged), "createdBefore", before.toString())));
        }
        return purged;
    }

    /** The authentications still waiting for a browser past their time. */
    public List<String> overdue() {
        return em.createNamedQuery("Authentication.overdue", String.class).setParameter("now", Utc.now())
                .setMaxResults(500).getResultList();
    }

    /** The merchant asked for the authorisation that the provider made with the authentication. */
    public void auditAuthorizationRead(Authentication authentication, Caller caller, boolean capture) {
        audit.append(new AuditEntry("authorization.returned", caller.actor(), caller.role().wireName(),
                authentication.getMerchantId(), authentication.getId(), "RETURNED",
                Map.of("provider", authentication.getProvider(), "capture", String.valueOf(capture))));
    }

    /** Spends the hosted page's one-time token. */
    public void spendToken(String id, String actor) {
        Authentication authentication = em.find(Authentication.class, id);
        if (!authentication.spendBrowserToken()) {
            throw new BrowserRefusedException("token already used");
        }
        audit.append(new AuditEntry("browser.started", actor, "browser", authentication.getMerchantId(), id,
                "STARTED", Map.of()));
    }

    /**
     * Ends an authentication past its time: an unfinished browser step is EXPIRED (transStatus U); an
     * attempt still PROCESSING lost its provider call with its server and is FAILED like a timeout.
     */
    public void expire(String id) {
        Authentication authentication = em.find(Authentication.class, id);
        if (authentication.getState() == AuthenticationState.PROCESSING) {
            fail(id, new ProviderException(ProviderException.Kind.TIMEOUT, "the provider's answer never arrived: "
                    + "the gateway stopped during the call", null, null), Caller.system().actor(), "system");
            return;
        }
        if (!authentication.isPendingBrowser()) {
            return;
        }
        authentication.expire(Utc.now());
        releaseRequestIfDone(authentication);
        reached(authentication);
        audit.append(new AuditEntry("authentication.expired", Caller.system().actor(), "system",
                authentication.getMerchantId(), id, "EXPIRED", Map.of()));
    }

    /** The attempt, still waiting for its provider's first answer; otherwise another call got there first. */
    private Authentication processing(String id) {
        Authentication authentication = em.find(Authentication.class, id);
        if (authentication.getState() != AuthenticationState.PROCESSING) {
            throw new GatewayException(ProblemType.STATE_CONFLICT, "the authentication is " + authentication.getState()
                    + ": another call for the same Idempotency-Key recorded it first");
        }
        return authentication;
    }

    /** Counts the state an authentication reached; a final one is also a webhook to the merchant. */
    private void reached(Authentication authentication) {
        metrics.outcome(authentication);
        if (!authentication.isPendingBrowser()) {
            webhooks.enqueue(authentication, "authentication.completed");
        }
    }

    /** A held request stays only while it can still be used. */
    private void releaseRequestIfDone(Authentication authentication) {
        HeldRequest held = authentication.needsHeldRequest() ? null
                : em.find(HeldRequest.class, authentication.getId());
        if (held != null) {
            em.remove(held);
        }
    }

    private void keep(Authentication authentication, ProviderResult outcome) {
        authentication.record(StoredResult.of(outcome.result(), authentication.getId(), cipher));
        Map<String, String> refs = new HashMap<>(ProviderRefs.read(cipher, authentication));
        refs.putAll(outcome.refs());
        ProviderRefs.write(cipher, authentication, refs);
        if (outcome.authorization() != null) {
            authentication.authorized(authorizationJson(outcome.authorization()));
        }
        learnCard(authentication, outcome.card());
        exchanges(authentication, outcome.exchanges());
    }

    private static void learnCard(Authentication authentication, ReportedCard card) {
        if (card != null) {
            authentication.learnCard(card.bin(), card.last4(), card.brand());
        }
    }

    private void exchanges(Authentication authentication, List<ProviderExchange> exchanges) {
        metrics.calls(authentication.getProvider(), exchanges);
        for (ProviderExchange exchange : exchanges) {
            em.persist(new ProviderCall(UUID.randomUUID().toString(), authentication.getId(),
                    authentication.getProvider(), exchange.operation(), exchange.httpStatus(), exchange.outcome(),
                    exchange.latencyMs(), exchange.requestBody(), exchange.responseBody(), Utc.now()));
        }
    }

    private static Map<String, String> resultDetails(Authentication a) {
        AuthenticationResult result = a.getResult();
        Map<String, String> details = new HashMap<>();
        details.put("provider", a.getProvider());
        details.put("transStatus", Objects.toString(result.getTransStatus(), null));
        details.put("eci", result.getEci());
        details.put("flow", Objects.toString(result.getFlow(), null));
        details.put("liabilityShift", String.valueOf(result.isLiabilityShift()));
        details.put("recommendedAction", Objects.toString(result.getRecommendedAction(), null));
        return details;
    }

    /** The stored {@code nextAction.url} has no token: the API adds it while it is unspent. */
    private void awaitBrowser(Authentication authentication, HostedPageUrls urls, BrowserAction action,
                              String token) {
        String id = authentication.getId();
        authentication.awaitBrowser(cipher.encrypt(EncryptedColumn.NEXT_ACTION, id,
                nextAction(urls.start(""), action)),
                cipher.encrypt(EncryptedColumn.BROWSER_TOKEN, id, token), Utc.now());
    }

    private static String nextAction(String hostedPageUrl, BrowserAction action) {
        JsonObjectBuilder fields = Jsonp.createObjectBuilder();
        action.fields().forEach(fields::add);
        JsonObjectBuilder browserAction = Jsonp.createObjectBuilder()
                .add("purpose", action.purpose())
                .add("method", action.method())
                .add("url", action.url())
                .add("fields", fields)
                .add("target", action.target());
        if (action.windowSize() == null) {
            browserAction.addNull("windowSize");
        } else {
            browserAction.add("windowSize", action.windowSize());
        }
        if (action.timeoutMs() != null) {
            browserAction.add("timeoutMs", action.timeoutMs());
        }
        if (action.relayMessages()) {
            browserAction.add("relayMessages", true);
        }
        return Jsonp.createObjectBuilder()
                .add("type", "REDIRECT")
                .add("url", hostedPageUrl)
                .add("browserAction", browserAction)
                .build().toString();
    }

    private static String authorizationJson(AuthorizationResult authorization) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("status", authorization.status());
        addOrNull(json, "providerTransactionId", authorization.providerTransactionId());
        addOrNull(json, "approvalCode", authorization.approvalCode());
        addOrNull(json, "responseCode", authorization.responseCode());
        json.add("amount", Jsonp.createObjectBuilder().add("value", authorization.amountValue())
                .add("currency", authorization.currency() == null ? "" : authorization.currency()));
        json.add("createdAt", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                authorization.createdAt() == null ? Utc.now() : authorization.createdAt()) + "Z");
        return json.build().toString();
    }

    private static void addOrNull(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static String newToken() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }
}
