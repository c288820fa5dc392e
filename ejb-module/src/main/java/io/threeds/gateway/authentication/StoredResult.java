package io.threeds.gateway.authentication;

import io.threeds.gateway.card.EncryptedColumn;
import io.threeds.gateway.card.FieldCipher;
import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.Liability;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.model.ThreeDSResult;
import io.threeds.gateway.persistence.Authentication;

/** An authentication's stored result in the normalised model again, for a provider's payment step. */
final class StoredResult {
    private StoredResult() {
    }

    static ThreeDSResult of(Authentication a, FieldCipher cipher) {
        return new ThreeDSResult(TransStatus.valueOf(a.getTransStatus()), a.getTransStatusReason(),
                a.getStatusSource() == null ? null : StatusSource.valueOf(a.getStatusSource()), a.getEci(),
                cipher.decrypt(EncryptedColumn.AUTHENTICATION_VALUE, a.getId(),
                        a.getAuthenticationValueEncrypted()), a.getXid(), a.getDsTransactionId(),
                a.getAcsTransactionId(), a.getThreeDSServerTransactionId(), a.getThreeDSVersion(), a.getEnrolled(),
                a.getSignatureVerification(), a.getFlow() == null ? null : Flow.valueOf(a.getFlow()),
                a.getCardholderInfo(), new Liability(a.isLiabilityShift(), a.getLiabilityBasis()),
                RecommendedAction.valueOf(a.getRecommendedAction()));
    }
}
