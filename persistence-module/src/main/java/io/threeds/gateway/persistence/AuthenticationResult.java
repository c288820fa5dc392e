package io.threeds.gateway.persistence;

import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What the provider reported of an authentication (PROVIDERS.md §7.3), as stored: the authentication
 * value only encrypted. Immutable: a new report replaces it whole. Empty (no transStatus, no liability
 * shift) until the provider's first answer.
 */
@Embeddable
public class AuthenticationResult {
    private static final String UNDETERMINED = "UNDETERMINED";

    @Enumerated(EnumType.STRING)
    @Column(name = "trans_status")
    private TransStatus transStatus;
    @Column(name = "trans_status_reason")
    private String transStatusReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_source")
    private StatusSource statusSource;
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
    @Enumerated(EnumType.STRING)
    private Flow flow;
    @Column(name = "liability_shift")
    private boolean liabilityShift;
    @Column(name = "liability_basis")
    private String liabilityBasis;
    @Enumerated(EnumType.STRING)
    @Column(name = "recommended_action")
    private RecommendedAction recommendedAction;
    @Column(name = "cardholder_info")
    private String cardholderInfo;

    protected AuthenticationResult() {
    }

    public AuthenticationResult(TransStatus transStatus, String transStatusReason, StatusSource statusSource,
                                String eci, String authenticationValueEncrypted, String xid,
                                String dsTransactionId, String acsTransactionId,
                                String threeDSServerTransactionId, String threeDSVersion, String enrolled,
                                String signatureVerification, Flow flow, boolean liabilityShift,
                                String liabilityBasis, RecommendedAction recommendedAction,
                                String cardholderInfo) {
        this.transStatus = transStatus;
        this.transStatusReason = transStatusReason;
        this.statusSource = statusSource;
        this.eci = eci;
        this.authenticationValueEncrypted = authenticationValueEncrypted;
        this.xid = xid;
        this.dsTransactionId = dsTransactionId;
        this.acsTransactionId = acsTransactionId;
        this.threeDSServerTransactionId = threeDSServerTransactionId;
        this.threeDSVersion = threeDSVersion;
        this.enrolled = enrolled;
        this.signatureVerification = signatureVerification;
        this.flow = flow;
        this.liabilityShift = liabilityShift;
        this.liabilityBasis = liabilityBasis;
        this.recommendedAction = recommendedAction;
        this.cardholderInfo = cardholderInfo;
    }

    /** Nothing reported yet. */
    static AuthenticationResult none() {
        return new AuthenticationResult();
    }

    /**
     * The authentication ended without a usable result: this status, reason and advice, no liability
     * shift; the ids and values reported so far stay.
     */
    AuthenticationResult undetermined(TransStatus status, String reason, RecommendedAction action) {
        return new AuthenticationResult(status, reason, statusSource, eci, authenticationValueEncrypted, xid,
                dsTransactionId, acsTransactionId, threeDSServerTransactionId, threeDSVersion, enrolled,
                signatureVerification, flow, false, UNDETERMINED, action, cardholderInfo);
    }

    public TransStatus getTransStatus() { return transStatus; }
    public String getTransStatusReason() { return transStatusReason; }
    public StatusSource getStatusSource() { return statusSource; }
    public String getEci() { return eci; }
    public String getAuthenticationValueEncrypted() { return authenticationValueEncrypted; }
    public String getXid() { return xid; }
    public String getDsTransactionId() { return dsTransactionId; }
    public String getAcsTransactionId() { return acsTransactionId; }
    public String getThreeDSServerTransactionId() { return threeDSServerTransactionId; }
    public String getThreeDSVersion() { return threeDSVersion; }
    public String getEnrolled() { return enrolled; }
    public String getSignatureVerification() { return signatureVerification; }
    public Flow getFlow() { return flow; }
    public boolean isLiabilityShift() { return liabilityShift; }
    public String getLiabilityBasis() { return liabilityBasis; }
    public RecommendedAction getRecommendedAction() { return recommendedAction; }
    public String getCardholderInfo() { return cardholderInfo; }
}
