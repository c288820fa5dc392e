package io.threeds.gateway.provider.intergiro;

import io.threeds.gateway.provider.ProviderErrors;
import java.util.Set;

/** A 400 at Intergiro is an answer: "verification required", "verification failed" or a refused request. */
public class IntergiroErrors extends ProviderErrors {
    public IntergiroErrors() {
        super(IntergiroProvider.ID, Set.of(400));
    }
}
