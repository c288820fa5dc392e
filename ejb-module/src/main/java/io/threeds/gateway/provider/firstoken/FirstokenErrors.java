package io.threeds.gateway.provider.firstoken;

import io.threeds.gateway.provider.ProviderErrors;
import java.util.Set;

/** Firstoken answers every result, failed authentications and declines included, with HTTP 200. */
public class FirstokenErrors extends ProviderErrors {
    public FirstokenErrors() {
        super(FirstokenProvider.ID, Set.of());
    }
}
