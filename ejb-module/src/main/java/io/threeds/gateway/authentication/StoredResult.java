package io.threeds.gateway.authentication;

import io.threeds.gateway.card.EncryptedColumn;
import io.threeds.gateway.card.FieldCipher;
import io.threeds.gateway.emv.Liability;
import io.threeds.gateway.model.ThreeDSResult;
import io.threeds.gateway.persistence.Authentication;
import io.threeds.gateway.persistence.AuthenticationResult;

/** A provider's result as an authentication stores it (the authentication value encrypted), and back. */
final class StoredResult {
    private StoredResult() {
    }

    static AuthenticationResult of(ThreeDSResult result, String authenticationId, FieldCipher cipher) {
        return new AuthenticationResult(result.transStatus(), result.transStatusReason(), result.source(),
                result.eci(), cipher.encrypt(EncryptedColumn.AUTHENTICATION_VALUE, authenticationId,
                        result.authenticationValue()), result.xid(), result.dsTransactionId(),
                result.acsTransactionId(), result.threeDSServerTransactionId(), result.threeDSVersion(),
                result.enrolled(), result.signatureVerification(), result.flow(), result.liability().shift(),
                result.liability().basis(), result.recommendedAction(), result.cardholderInfo());
    }

    /** The stored result in the normalised model again, for a provider's payment step. */
    static ThreeDSResult of(Authentication a, FieldCipher cipher) {
        AuthenticationResult r = a.getResult();
        return new ThreeDSResult(r.getTransStatus(), r.getTransStatusReason(), r.getStatusSource(), r.getEci(),
                cipher.decrypt(EncryptedColumn.AUTHENTICATION_VALUE, a.getId(),
                        r.getAuthenticationValueEncrypted()), r.getXid(), r.getDsTransactionId(),
                r.getAcsTransactionId(), r.getThreeDSServerTransactionId(), r.getThreeDSVersion(), r.getEnrolled(),
                r.getSignatureVerification(), r.getFlow(), r.getCardholderInfo(),
                new Liability(r.isLiabilityShift(), r.getLiabilityBasis()), r.getRecommendedAction());
    }
}
