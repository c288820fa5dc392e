package io.threeds.gateway.provider.paysafe;

import io.threeds.gateway.provider.ProviderErrors;
import java.util.Set;

/** A 402 at Paysafe is a declined payment, an answer the adapter maps. */
public class PaysafeErrorMapper extends ProviderErrors {
    public PaysafeErrorMapper() {
        super(PaysafeProvider.ID, Set.of(402));
    }
}
