package io.threeds.gateway.provider.intergiro;

import io.threeds.gateway.provider.ProviderErrors;
import java.util.Set;

/**
 * A 400 at Intergiro is an answer: "verification required", a refused card (a failed verification) or a
 * refused request. 400 is the one status the seed's errors show (001:20); any other is a failure.
 */
public class IntergiroErrors extends ProviderErrors {
    public IntergiroErrors() {
        super(IntergiroProvider.ID, Set.of(400));
    }
}
