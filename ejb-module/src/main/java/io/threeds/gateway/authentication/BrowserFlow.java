package io.threeds.gateway.authentication;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.Utc;
import io.threeds.gateway.audit.AuditEntry;
import io.threeds.gateway.audit.AuditTrail;
import io.threeds.gateway.card.EncryptedColumn;
import io.threeds.gateway.card.FieldCipher;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.model.HostedPageUrls;
import io.threeds.gateway.model.WebOrigins;
import io.threeds.gateway.persistence.Authentication;
import io.threeds.gateway.persistence.Merchant;
import io.threeds.gateway.provider.BrowserRefusedException;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderRegistry;
import io.threeds.gateway.provider.ProviderResult;
import io.threeds.gateway.provider.ProviderSession;
import io.threeds.gateway.provider.SdkPage;
import io.threeds.gateway.provider.ThreeDSProvider;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.ejb.EJBException;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The shopper's browser leg: the hosted page's start (token checked and spent), and the browser's
 * return with the provider's result. Anything that does not belong (unknown id, wrong or spent token,
 * an authentication no longer waiting, a provider value that does not match) is refused, audited as
 * {@code browser.refused}, and changes nothing else. Any server instance can serve any step: all state
 * is read from the database.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BrowserFlow {
    private static final String BROWSER = "browser";

    @EJB
    AuthenticationStore store;

    @EJB
    AuditTrail audit;

    @Inject
    FieldCipher cipher;

    @Inject
    ProviderRegistry providers;

    @Inject
    RequestVault vault;

    @Inject
    HostedPageAddresses addresses;

    @PersistenceContext(unitName = "threeds")
    EntityManager em;

    /** Checks and spends the token; returns the browser step the hosted page must run. */
    public HostedStep start(String id, String token) {
        Authentication authentication = waiting(id, "start");
        String expected = cipher.decrypt(EncryptedColumn.BROWSER_TOKEN, id,
                authentication.getBrowserTokenEncrypted());
        if (token == null || expected == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw refused(authentication, "start", "wrong token");
        }
        try {
            store.spendToken(id, BROWSER);
        } catch (BrowserRefusedException e) {
            throw refused(authentication, "start", e.getMessage());
        }
        Merchant merchant = em.find(Merchant.class, authentication.getMerchantId());
        List<String> frameAncestors = merchant.getAllowedReturnOrigins().isEmpty()
                ? List.of(WebOrigins.originOf(URI.create(authentication.getReturnUrl())))
                : merchant.getAllowedReturnOrigins();
        BrowserAction action = browserAction(cipher.decrypt(EncryptedColumn.NEXT_ACTION, id,
                authentication.getNextAction()));
        HostedPageUrls urls = addresses.of(id);
        SdkPage sdk = providers.find(authentication.getProvider()).orElseThrow().sdkPage(action, urls).orElse(null);
        return new HostedStep(action, frameAncestors, urls, shopperView(authentication, merchant), sdk);
    }

    /**
     * How the authentication ended, for a callback refused because it had (the callback's secret segment
     * shows the browser took part in it); empty for anything else, which stays a bare refusal.
     */
    public Optional<Ending> ending(String id, String callbackTag) {
        Authentication authentication = id == null ? null : em.find(Authentication.class, id);
        if (authentication == null || !addresses.genuine(id, callbackTag)) {
            return Optional.empty();
        }
        TransStatus status = authentication.getResult().getTransStatus();
        Ending.Outcome outcome = switch (authentication.getState()) {
            case EXPIRED -> Ending.Outcome.EXPIRED;
            case FAILED -> Ending.Outcome.NOT_VERIFIED;
            case PROCESSING, PENDING_BROWSER -> null;
            case COMPLETED -> status == TransStatus.Y || status == TransStatus.A
                    ? Ending.Outcome.VERIFIED : Ending.Outcome.NOT_VERIFIED;
        };
        return outcome == null ? Optional.empty() : Optional.of(new Ending(outcome,
                shopperView(authentication, em.find(Merchant.class, authentication.getMerchantId())),
                merchantReturn(authentication)));
    }

    private static ShopperView shopperView(Authentication authentication, Merchant merchant) {
        return new ShopperView(authentication.getShopperLanguage(), merchant.shownName(), merchant.getLogoData(),
                merchant.getAccentColor(), authentication.getAmount().getValue(),
                authentication.getAmount().getCurrency());
    }

    /**
     * The browser came back from the provider's step: the provider checks what it brought and either
     * asks for another browser step (the hosted page runs it with a fresh token) or gives the final
     * result (the record is completed, {@link ChallengeCompleted} fired, the shopper sent to the merchant).
     */
    public Continuation returned(String id, String callbackTag, Map<String, String> parameters) {
        Authentication authentication = waiting(id, "return");
        if (!addresses.genuine(id, callbackTag)) {
            throw refused(authentication, "return", "forged callback: the callback URL's secret segment is "
                    + (callbackTag == null ? "missing" : "wrong"));
        }
        boolean fromFrame = browserAction(cipher.decrypt(EncryptedColumn.NEXT_ACTION, id, authentication.getNextAction())).framed();
        ThreeDSProvider provider = providers.find(authentication.getProvider()).orElseThrow();
        String sealedRequest = provider.needsCardLater() ? store.heldRequest(id) : null;
        HostedPageUrls urls = addresses.of(id);
        ProviderSession session = new ProviderSession(id, authentication.getCard().getBrand(),
                authentication.getAmount().getValue(), authentication.getAmount().getCurrency(),
                ProviderRefs.read(cipher, authentication),
                sealedRequest == null ? null : vault.open(id, sealedRequest),
                authentication.getMerchantReference(), urls);
        try {
            ProviderResult outcome = provider.resume(session, new BrowserResult(parameters));
            if (outcome.awaitsBrowser()) {
                String token = store.advance(id, authentication.getVersion(), outcome, urls);
                return new Continuation(urls.start(token), fromFrame, false,
                        outcome.browserAction());
            }
            store.completeFromBrowser(id, authentication.getVersion(), outcome, BROWSER);
        } catch (BrowserRefusedException e) {
            throw refused(authentication, "return", e.getMessage());
        } catch (ProviderException e) {
            store.fail(id, e, BROWSER, BROWSER);
        } catch (EJBException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw refused(authentication, "return", "completed concurrently");
            }
            throw e;
        }
        return new Continuation(merchantReturn(authentication), fromFrame, true, null);
    }

    private Authentication waiting(String id, String step) {
        // Read through the store: a read here would hold its connection across the provider call.
        Authentication authentication = id == null ? null : store.stored(id);
        if (authentication == null) {
            throw new UnknownAuthenticationException();
        }
        if (authentication.isPendingBrowser() && authentication.getExpiresAt().isBefore(Utc.now())) {
            try {
                store.expire(id);
            } catch (EJBException expiredConcurrently) {
                // The housekeeping sweep expired it at the same moment; it is expired either way.
            }
            throw refused(authentication, step, "authentication expired");
        }
        if (!authentication.isPendingBrowser()) {
            throw refused(authentication, step, "authentication is " + authentication.getState());
        }
        return authentication;
    }

    private BrowserRefusedException refused(Authentication authentication, String step, String reason) {
        audit.append(new AuditEntry("browser.refused", BROWSER, BROWSER, authentication.getMerchantId(),
                authentication.getId(), "REFUSED", Map.of("step", step, "reason", reason)));
        return new BrowserRefusedException(reason);
    }

    private static String merchantReturn(Authentication authentication) {
        String url = authentication.getReturnUrl();
        return url + (url.contains("?") ? "&" : "?") + "authenticationId=" + authentication.getId();
    }

    private static BrowserAction browserAction(String nextActionJson) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(nextActionJson))) {
            JsonObject action = reader.readObject().getJsonObject("browserAction");
            Map<String, String> fields = new LinkedHashMap<>();
            action.getJsonObject("fields").forEach((name, value) -> fields.put(name,
                    ((JsonString) value).getString()));
            return new BrowserAction(action.getString("purpose"), action.getString("method"),
                    action.getString("url"), fields, action.getString("target"),
                    action.isNull("windowSize") ? null : action.getString("windowSize"),
                    action.containsKey("timeoutMs") ? action.getInt("timeoutMs") : null,
                    action.getBoolean("relayMessages", false));
        }
    }
}
