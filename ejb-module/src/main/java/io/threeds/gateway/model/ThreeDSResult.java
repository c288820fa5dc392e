package io.threeds.gateway.model;

import io.threeds.gateway.card.FreeText;
import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.Liability;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;

/**
 * A provider's outcome in the normalised model (PROVIDERS.md §7.3), as the API shows it. The provider's
 * free text (reason, cardholder information) is scrubbed of card numbers; {@link #toString()} never
 * shows the authentication value.
 */
public record ThreeDSResult(TransStatus transStatus, String transStatusReason, StatusSource source, String eci,
                            String authenticationValue, String xid, String dsTransactionId, String acsTransactionId,
                            String threeDSServerTransactionId, String threeDSVersion, String enrolled,
                            String signatureVerification, Flow flow, String cardholderInfo, Liability liability,
                            RecommendedAction recommendedAction) {

    public ThreeDSResult {
        transStatusReason = FreeText.scrub(transStatusReason);
        cardholderInfo = FreeText.scrub(cardholderInfo);
    }

    @Override
    public String toString() {
        return "ThreeDSResult[transStatus=" + transStatus + ", eci=" + eci + ", authenticationValue="
                + (authenticationValue == null ? "null" : "[withheld]") + ", flow=" + flow + ", liability="
                + liability + ", recommendedAction=" + recommendedAction + ", dsTransactionId=" + dsTransactionId
                + "]";
    }
}
