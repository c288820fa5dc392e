package io.threeds.gateway.persistence;

import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.TransStatus;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One authentication attempt, the aggregate that owns its state transitions: PROCESSING until the
 * provider's first answer, PENDING_BROWSER while the shopper's browser has a step to run, then
 * COMPLETED, FAILED or EXPIRED. The card is kept as BIN, last 4, brand and a keyed fingerprint; the
 * authentication value only encrypted. {@code @Version} makes two server instances racing on the same
 * browser callback fail one of them instead of both completing it.
 */
@Entity
@Table(name = "authentication")
@NamedQuery(name = "Authentication.byReference", query = "SELECT a FROM Authentication a "
        + "WHERE a.merchantId = :merchant AND a.merchantReference = :reference ORDER BY a.createdAt DESC, a.id DESC")
// Past their time: a browser step never finished, or an attempt whose provider call never came back
// (its server died during the call, and no retry of its Idempotency-Key continued it).
@NamedQuery(name = "Authentication.overdue", query = "SELECT a.id FROM Authentication a "
        + "WHERE a.state IN (io.threeds.gateway.persistence.AuthenticationState.PENDING_BROWSER, "
        + "io.threeds.gateway.persistence.AuthenticationState.PROCESSING) AND a.expiresAt < :now")
// The authorisation's claim: one conditional update, so two concurrent calls cannot both pay.
@NamedQuery(name = "Authentication.claimAuthorization", query = "UPDATE Authentication a "
        + "SET a.authorizationState = io.threeds.gateway.persistence.AuthorizationState.AUTHORIZING, "
        + "a.authorizationClaimedAt = :now, a.version = a.version + 1 "
        + "WHERE a.id = :id AND a.state = io.threeds.gateway.persistence.AuthenticationState.COMPLETED "
        + "AND a.authorizationState IS NULL "
        + "AND a.authorizationResult IS NULL")
// The provider refs go too: what a provider kept there (a card token, a relayed result) ages like the value.
@NamedQuery(name = "Authentication.purgeAuthenticationValues", query = "UPDATE Authentication a "
        + "SET a.result.authenticationValueEncrypted = NULL, a.providerRefs = NULL "
        + "WHERE (a.result.authenticationValueEncrypted IS NOT NULL OR a.providerRefs IS NOT NULL) "
        + "AND a.createdAt < :before")
public class Authentication {
    @Id
    private String id;
    @Column(name = "merchant_id")
    private String merchantId;
    @Column(name = "merchant_reference")
    private String merchantReference;
    private String provider;
    @Enumerated(EnumType.STRING)
    private AuthenticationState state;
    @Embedded
    private AuthenticationResult result;
    /** Null when EclipseLink reads a row whose card columns are all null; {@link #getCard()} hides that. */
    @Embedded
    @AttributeOverride(name = "bin", column = @Column(name = "card_bin"))
    @AttributeOverride(name = "last4", column = @Column(name = "card_last4"))
    @AttributeOverride(name = "brand", column = @Column(name = "card_brand"))
    @AttributeOverride(name = "expiryMonth", column = @Column(name = "card_expiry_month"))
    @AttributeOverride(name = "expiryYear", column = @Column(name = "card_expiry_year"))
    @AttributeOverride(name = "fingerprint", column = @Column(name = "card_fingerprint"))
    private CardDescription card;
    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "amount_value"))
    @AttributeOverride(name = "currency", column = @Column(name = "amount_currency"))
    private Money amount;
    @Column(name = "challenge_preference")
    private String challengePreference;
    @Column(name = "return_url")
    private String returnUrl;
    /** The request's {@code browser.language}: the language the hosted page speaks to the shopper. */
    @Column(name = "shopper_language")
    private String shopperLanguage;
    /** The hosted page's one-time token, encrypted (the API shows it in {@code nextAction.url} while pending). */
    @Column(name = "browser_token_enc")
    private String browserTokenEncrypted;
    @Column(name = "browser_token_used")
    private boolean browserTokenUsed;
    /** JSON of the API's {@code nextAction} while the browser has work to do, encrypted (it may hold card data). */
    @Column(name = "next_action")
    private String nextAction;
    /** JSON object of the provider's own ids needed for follow-up calls (payment id, RETURNMAC...). */
    @Column(name = "provider_refs")
    private String providerRefs;
    /** JSON of the API's {@code authorization} once the provider authorised (or declined) the payment. */
    @Column(name = "authorization_result")
    private String authorizationResult;
    @Enumerated(EnumType.STRING)
    @Column(name = "authorization_state")
    private AuthorizationState authorizationState;
    @Column(name = "authorization_claimed_at")
    private LocalDateTime authorizationClaimedAt;
    @Column(name = "error_code")
    private String errorCode;
    @Column(name = "error_detail")
    private String errorDetail;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;
    @Column(name = "expires_at")
    private LocalDateTime expiresAt;
    @Version
    private long version;

    protected Authentication() {
    }

    public Authentication(String id, String merchantId, String merchantReference, String provider,
                          Money amount, String challengePreference, String returnUrl, LocalDateTime createdAt,
                          LocalDateTime expiresAt) {
        this.id = id;
        this.merchantId = merchantId;
        this.merchantReference = merchantReference;
        this.provider = provider;
        this.amount = amount;
        this.challengePreference = challengePreference;
        this.returnUrl = returnUrl;
        this.state = AuthenticationState.PROCESSING;
        this.result = AuthenticationResult.none();
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** The provider failed over before any authentication began: the attempt moves to the next one. */
    public void failOverTo(String nextProvider, LocalDateTime now) {
        this.provider = nextProvider;
        this.updatedAt = now;
    }

    public void describeCard(CardDescription card) {
        this.card = card;
    }

    /**
     * Fills what the card's description lacks from what a provider reported: the only source of BIN,
     * last 4 and brand for a card encrypted in the shopper's browser. Never overwrites what is known.
     */
    public void learnCard(String bin, String last4, String brand) {
        this.card = getCard().learned(bin, last4, brand);
    }

    /** What the provider reported, replacing what it reported before; the state moves on separately. */
    public void record(AuthenticationResult reported) {
        requireOpen();
        this.result = reported;
    }

    /** The browser must act: what it must do, and its one-time token for the hosted page, encrypted. */
    public void awaitBrowser(String nextActionJson, String tokenEncrypted, LocalDateTime now) {
        requireOpen();
        this.state = AuthenticationState.PENDING_BROWSER;
        this.nextAction = nextActionJson;
        this.browserTokenEncrypted = tokenEncrypted;
        this.browserTokenUsed = false;
        this.updatedAt = now;
    }

    /** Marks the hosted-page token as spent; false when it already was. */
    public boolean spendBrowserToken() {
        if (browserTokenUsed) {
            return false;
        }
        browserTokenUsed = true;
        return true;
    }

    /** The recorded result is final. */
    public void complete(LocalDateTime now) {
        requireOpen();
        end(AuthenticationState.COMPLETED, now);
    }

    /** The provider gave no usable result: transStatus E, the merchant may retry. */
    public void fail(String code, String detail, LocalDateTime now) {
        requireOpen();
        this.result = result.undetermined(TransStatus.E, detail, RecommendedAction.RETRY);
        this.errorCode = code;
        this.errorDetail = detail;
        end(AuthenticationState.FAILED, now);
    }

    /** The browser step was not finished in time: transStatus U, proceed without liability shift. */
    public void expire(LocalDateTime now) {
        if (state != AuthenticationState.PENDING_BROWSER) {
            throw new IllegalStateException("only a pending browser step expires, not " + state);
        }
        this.result = result.undetermined(TransStatus.U, "browser step not finished before " + expiresAt,
                RecommendedAction.PROCEED_WITHOUT_LIABILITY_SHIFT);
        end(AuthenticationState.EXPIRED, now);
    }

    /**
     * The card the request held is still of use: the browser step is pending, or the result may be
     * authorised and has not been yet.
     */
    public boolean needsHeldRequest() {
        return state == AuthenticationState.PENDING_BROWSER
                || (state == AuthenticationState.COMPLETED
                && result.getRecommendedAction() != RecommendedAction.DO_NOT_PROCEED
                && authorizationResult == null);
    }

    /** The provider authorised (or declined) the payment: its answer as JSON; any claim ends with it. */
    public void authorized(String authorizationJson) {
        this.authorizationResult = authorizationJson;
        this.authorizationState = null;
    }

    /**
     * The claimed authorisation failed: released for a retry, or UNKNOWN when the provider may have paid
     * without its answer arriving.
     */
    public void authorizationFailed(boolean paymentMayHaveHappened) {
        this.authorizationState = paymentMayHaveHappened ? AuthorizationState.UNKNOWN : null;
    }

    public boolean isPendingBrowser() {
        return state == AuthenticationState.PENDING_BROWSER;
    }

    private void requireOpen() {
        if (state.isFinal()) {
            throw new IllegalStateException("the authentication is already " + state);
        }
    }

    private void end(AuthenticationState finalState, LocalDateTime now) {
        this.state = finalState;
        this.nextAction = null;
        this.browserTokenEncrypted = null;
        this.updatedAt = now;
    }

    public void setProviderRefs(String json) { this.providerRefs = json; }
    public void setShopperLanguage(String language) { this.shopperLanguage = language; }

    public String getId() { return id; }
    public String getMerchantId() { return merchantId; }
    public String getMerchantReference() { return merchantReference; }
    public String getProvider() { return provider; }
    public AuthenticationState getState() { return state; }
    public AuthenticationResult getResult() { return result; }
    public CardDescription getCard() { return card == null ? CardDescription.unknown() : card; }
    public Money getAmount() { return amount; }
    public String getChallengePreference() { return challengePreference; }
    public String getReturnUrl() { return returnUrl; }
    public String getShopperLanguage() { return shopperLanguage; }
    public String getBrowserTokenEncrypted() { return browserTokenEncrypted; }
    public boolean isBrowserTokenUsed() { return browserTokenUsed; }
    public String getNextAction() { return nextAction; }
    public String getProviderRefs() { return providerRefs; }
    public String getAuthorizationResult() { return authorizationResult; }
    public AuthorizationState getAuthorizationState() { return authorizationState; }
    public LocalDateTime getAuthorizationClaimedAt() { return authorizationClaimedAt; }
    public String getErrorCode() { return errorCode; }
    public String getErrorDetail() { return errorDetail; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public long getVersion() { return version; }
}
