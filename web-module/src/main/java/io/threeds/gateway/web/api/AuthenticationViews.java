package io.threeds.gateway.web.api;

import io.threeds.gateway.card.EncryptedColumn;
import io.threeds.gateway.card.FieldCipher;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.persistence.Authentication;
import io.threeds.gateway.persistence.AuthenticationResult;
import io.threeds.gateway.persistence.CardDescription;
import io.threeds.gateway.web.api.Views.AmountView;
import io.threeds.gateway.web.api.Views.AuthenticationView;
import io.threeds.gateway.web.api.Views.AuthorizationView;
import io.threeds.gateway.web.api.Views.CardView;
import io.threeds.gateway.web.api.Views.NextActionView;
import io.threeds.gateway.reporting.MerchantNames;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/**
 * Authentication entity to API resource. The authentication value is decrypted for the owning
 * merchant only (or a partner acting for it); the hosted page's token is added to {@code nextAction.url}
 * while it is unspent. Auditors see the card as BIN, last 4 and brand (no expiry), and a pending browser
 * step not at all: its form fields may carry the card number (a 3-D Secure 1 PaReq).
 */
@ApplicationScoped
public class AuthenticationViews {
    @Inject
    FieldCipher cipher;

    @EJB
    MerchantNames names;

    /** An auditor's view carries the merchant's shown name, read here; lists pass it in. */
    public AuthenticationView of(Authentication a, Caller viewer) {
        return of(a, viewer, viewer.role() == Role.AUDITOR
                ? names.of(List.of(a.getMerchantId())).get(a.getMerchantId()) : null);
    }

    /** {@code merchantName} is shown to auditors only; a merchant or partner answer leaves the field out. */
    public AuthenticationView of(Authentication a, Caller viewer, String merchantName) {
        boolean auditor = viewer.role() == Role.AUDITOR;
        boolean owner = !auditor && a.getMerchantId().equals(viewer.merchantId());
        AuthenticationResult r = a.getResult();
        CardDescription card = a.getCard();
        return new AuthenticationView(a.getId(), a.getMerchantId(), auditor ? merchantName : null,
                a.getMerchantReference(), a.getProvider(),
                a.getState().name(), Objects.toString(r.getTransStatus(), null), r.getTransStatusReason(), r.getEci(),
                owner ? cipher.decrypt(EncryptedColumn.AUTHENTICATION_VALUE, a.getId(),
                        r.getAuthenticationValueEncrypted()) : null, r.getXid(),
                r.getDsTransactionId(), r.getAcsTransactionId(), r.getThreeDSServerTransactionId(),
                r.getThreeDSVersion(), r.getEnrolled(), r.getSignatureVerification(),
                Objects.toString(r.getFlow(), null), r.isLiabilityShift(),
                Objects.toString(r.getRecommendedAction(), null), r.getCardholderInfo(),
                new CardView(card.getBin(), card.getLast4(), card.getBrand(),
                        auditor ? null : card.getExpiryMonth(), auditor ? null : card.getExpiryYear()),
                new AmountView(a.getAmount().getValue(), a.getAmount().getCurrency()), nextAction(a, owner),
                authorization(a),
                WireJson.time(a.getCreatedAt()), WireJson.time(a.getUpdatedAt()), WireJson.time(a.getExpiresAt()));
    }

    /** The authorisation kept on an authentication, as the API shows it. */
    public AuthorizationView authorization(Authentication a) {
        return WireJson.read(a.getAuthorizationResult(), AuthorizationView.class);
    }

    /** Only the owning merchant (or a partner acting for it) sees the browser step. */
    private NextActionView nextAction(Authentication a, boolean owner) {
        if (!owner || !a.isPendingBrowser()) {
            return null;
        }
        NextActionView stored = WireJson.read(cipher.decrypt(EncryptedColumn.NEXT_ACTION, a.getId(), a.getNextAction()), NextActionView.class);
        String token = !a.isBrowserTokenUsed() ? cipher.decrypt(EncryptedColumn.BROWSER_TOKEN, a.getId(),
                a.getBrowserTokenEncrypted()) : "";
        return new NextActionView(stored.type(), stored.url() + token, stored.browserAction());
    }
}
