package io.threeds.gateway.provider.worldline;

import io.threeds.gateway.provider.ProviderErrors;
import java.util.Set;

/** 402 is not a failure at Worldline: it carries a rejected payment, which the gateway maps. */
public class WorldlineErrorMapper extends ProviderErrors {
    public WorldlineErrorMapper() {
        super(WorldlineProvider.ID, Set.of(402));
    }
}
