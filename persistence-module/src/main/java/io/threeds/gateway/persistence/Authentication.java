package io.threeds.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * One authentication attempt. The card is kept as BIN, last 4, brand and a keyed fingerprint; the
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
        + "WHERE a.state IN ('PENDING_BROWSER', 'PROCESSING') AND a.expiresAt < :now")
// The authorisation's claim: one conditional update, so two concurrent calls cannot both pay.
@NamedQuery(name = "Authentication.claimAuthorization", query = "UPDATE Authentication a "
        + "SET a.authorizationState = 'AUTHORIZING', a.authorizationClaimedAt = :now, a.version = a.version + 1 "
        + "WHERE a.id = :id AND a.state = 'COMPLETED' AND a.authorizationState IS NULL "
        + "AND a.authorizationResult IS NULL")
// The provider refs go too: what a provider kept there (a card token, a relayed result) ages like the value.
@NamedQuery(name = "Authentication.purgeAuthenticationValues", query = "UPDATE Authentication a "
        + "SET a.authenticationValueEncrypted = NULL, a.providerRefs = NULL "
        + "WHERE (a.authenticationValueEncrypted IS NOT NULL OR a.providerRefs IS NOT NULL) AND a.createdAt < :before")
public class Authentication {
    public static final String PROCESSING = "PROCESSING";
    public static final String PENDING_BROWSER = "PENDING_BROWSER";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
    public static final String EXPIRED = "EXPIRED";
    /** Authorisation states: claimed and running, or ended without knowing whether the provider paid. */
    public static final String AUTHORIZING = "AUTHORIZING";
    public static final String AUTHORIZATION_UNKNOWN = "UNKNOWN";

    @Id
    private String id;
    @Column(name = "merchant_id")
    private String merchantId;
    @Column(name = "merchant_reference")
    private String merchantReference;
    private String provider;
    private String state;
    @Column(name = "trans_status")
    private String transStatus;
    @Column(name = "trans_status_reason")
    private String transStatusReason;
    @Column(name = "status_source")
    private String statusSource;
    private String eci;
    @Column(name = "authentication_value_enc")
    private String authenticationValueEncrypted;
    private String xid;
    @Column(name = "ds_transaction_id")
    private String dsTransactionId;
    @Column(name = "acs_transaction_id")
    private String acsTransactionId;
    @Column(name = "three_ds_server_transaction_id")
    private String threeDSServerTransactionId;
    @Column(name = "three_ds_version")
    private String threeDSVersion;
    private String enrolled;
    @Column(name = "signature_verification")
    private String signatureVerification;
    private String flow;
    @Column(name = "liability_shift")
    private boolean liabilityShift;
    @Column(name = "liability_basis")
    private String liabilityBasis;
    @Column(name = "recommended_action")
    private String recommendedAction;
    @Column(name = "cardholder_info")
    private String cardholderInfo;
    @Column(name = "card_bin")
    private String cardBin;
    @Column(name = "card_last4")
    private String cardLast4;
    @Column(name = "card_brand")
    private String cardBrand;
    @Column(name = "card_expiry_month")
    private Integer cardExpiryMonth;
    @Column(name = "card_expiry_year")
    private Integer cardExpiryYear;
    @Column(name = "card_fingerprint")
    private String cardFingerprint;
    @Column(name = "amount_value")
    private long amountValue;
    @Column(name = "amount_currency")
    private String amountCurrency;
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
    @Column(name = "authorization_state")
    private String authorizationState;
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
                          long amountValue, String amountCurrency, String challengePreference, String returnUrl,
                          LocalDateTime createdAt, LocalDateTime expiresAt) {
        this.id = id;
        this.merchantId = merchantId;
        this.merchantReference = merchantReference;
        this.provider = provider;
        this.amountValue = amountValue;
        this.amountCurrency = amountCurrency;
        this.challengePreference = challengePreference;
        this.returnUrl = returnUrl;
        this.state = PROCESSING;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** The provider failed over before any authentication began: the attempt moves to the next one. */
    public void failOverTo(String nextProvider, LocalDateTime now) {
        this.provider = nextProvider;
        this.updatedAt = now;
    }

    public void describeCard(String bin, String last4, String brand, Integer expiryMonth, Integer expiryYear,
                             String fingerprint) {
        this.cardBin = bin;
        this.cardLast4 = last4;
        this.cardBrand = brand;
        this.cardExpiryMonth = expiryMonth;
        this.cardExpiryYear = expiryYear;
        this.cardFingerprint = fingerprint;
    }

    /**
     * Fills what the card's description lacks from what a provider reported: the only source of BIN,
     * last 4 and brand for a card encrypted in the shopper's browser. Never overwrites what is known.
     */
    public void learnCard(String bin, String last4, String brand) {
        this.cardBin = cardBin == null ? bin : cardBin;
        this.cardLast4 = cardLast4 == null ? last4 : cardLast4;
        this.cardBrand = cardBrand == null ? brand : cardBrand;
    }

    /** The browser must act: what it must do, and its one-time token for the hosted page, encrypted. */
    public void awaitBrowser(String nextActionJson, String tokenEncrypted, LocalDateTime now) {
        this.state = PENDING_BROWSER;
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

    public void complete(LocalDateTime now) {
        this.state = COMPLETED;
        this.nextAction = null;
        this.browserTokenEncrypted = null;
        this.updatedAt = now;
    }

    public void fail(String code, String detail, LocalDateTime now) {
        this.state = FAILED;
        this.errorCode = code;
        this.errorDetail = detail;
        this.nextAction = null;
        this.browserTokenEncrypted = null;
        this.updatedAt = now;
    }

    public void expire(LocalDateTime now) {
        this.state = EXPIRED;
        this.nextAction = null;
        this.browserTokenEncrypted = null;
        this.updatedAt = now;
    }

    public boolean isPendingBrowser() {
        return PENDING_BROWSER.equals(state);
    }

    public void setTransStatus(String transStatus) { this.transStatus = transStatus; }
    public void setTransStatusReason(String reason) { this.transStatusReason = reason; }
    public void setStatusSource(String statusSource) { this.statusSource = statusSource; }
    public void setEci(String eci) { this.eci = eci; }
    public void setAuthenticationValueEncrypted(String value) { this.authenticationValueEncrypted = value; }
    public void setXid(String xid) { this.xid = xid; }
    public void setDsTransactionId(String id) { this.dsTransactionId = id; }
    public void setAcsTransactionId(String id) { this.acsTransactionId = id; }
    public void setThreeDSServerTransactionId(String id) { this.threeDSServerTransactionId = id; }
    public void setThreeDSVersion(String version) { this.threeDSVersion = version; }
    public void setEnrolled(String enrolled) { this.enrolled = enrolled; }
    public void setSignatureVerification(String value) { this.signatureVerification = value; }
    public void setFlow(String flow) { this.flow = flow; }
    public void setLiabilityShift(boolean shift, String basis) {
        this.liabilityShift = shift;
        this.liabilityBasis = basis;
    }
    public void setRecommendedAction(String action) { this.recommendedAction = action; }
    public void setCardholderInfo(String info) { this.cardholderInfo = info; }
    public void setProviderRefs(String json) { this.providerRefs = json; }
    public void setAuthorizationResult(String json) { this.authorizationResult = json; }
    /** The claimed authorisation ended: with a result (null), refused before paying (null), or UNKNOWN. */
    public void endAuthorization(String state) { this.authorizationState = state; }

    public String getId() { return id; }
    public String getMerchantId() { return merchantId; }
    public String getMerchantReference() { return merchantReference; }
    public String getProvider() { return provider; }
    public String getState() { return state; }
    public String getTransStatus() { return transStatus; }
    public String getTransStatusReason() { return transStatusReason; }
    public String getStatusSource() { return statusSource; }
    public String getEci() { return eci; }
    public String getAuthenticationValueEncrypted() { return authenticationValueEncrypted; }
    public String getXid() { return xid; }
    public String getDsTransactionId() { return dsTransactionId; }
    public String getAcsTransactionId() { return acsTransactionId; }
    public String getThreeDSServerTransactionId() { return threeDSServerTransactionId; }
    public String getThreeDSVersion() { return threeDSVersion; }
    public String getEnrolled() { return enrolled; }
    public String getSignatureVerification() { return signatureVerification; }
    public String getFlow() { return flow; }
    public boolean isLiabilityShift() { return liabilityShift; }
    public String getLiabilityBasis() { return liabilityBasis; }
    public String getRecommendedAction() { return recommendedAction; }
    public String getCardholderInfo() { return cardholderInfo; }
    public String getCardBin() { return cardBin; }
    public String getCardLast4() { return cardLast4; }
    public String getCardBrand() { return cardBrand; }
    public Integer getCardExpiryMonth() { return cardExpiryMonth; }
    public Integer getCardExpiryYear() { return cardExpiryYear; }
    public long getAmountValue() { return amountValue; }
    public String getAmountCurrency() { return amountCurrency; }
    public String getChallengePreference() { return challengePreference; }
    public String getReturnUrl() { return returnUrl; }
    public String getShopperLanguage() { return shopperLanguage; }
    public void setShopperLanguage(String language) { this.shopperLanguage = language; }
    public String getBrowserTokenEncrypted() { return browserTokenEncrypted; }
    public boolean isBrowserTokenUsed() { return browserTokenUsed; }
    public String getNextAction() { return nextAction; }
    public String getProviderRefs() { return providerRefs; }
    public String getAuthorizationResult() { return authorizationResult; }
    public String getAuthorizationState() { return authorizationState; }
    public LocalDateTime getAuthorizationClaimedAt() { return authorizationClaimedAt; }
    public String getErrorCode() { return errorCode; }
    public String getErrorDetail() { return errorDetail; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public long getVersion() { return version; }
}
