package io.threeds.gateway.provider.verifone;

import io.threeds.gateway.provider.ProviderErrors;
import java.util.Set;

/** Verifone answers results, declined payments included, with HTTP 200. */
public class VerifoneErrors extends ProviderErrors {
    public VerifoneErrors() {
        super(VerifoneProvider.ID, Set.of());
    }
}
