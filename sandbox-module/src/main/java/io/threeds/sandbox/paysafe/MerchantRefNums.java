package io.threeds.sandbox.paysafe;

import io.threeds.sandbox.Recent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code merchantRefNum}s already used by a PaRes validation or a Card Payments authorisation,
 * across every account: the seed says the reference "must be unique for each request" (G-P8). The
 * oldest are forgotten beyond {@code sandbox.paysafe.max-merchant-ref-nums} (default 100000).
 */
@ApplicationScoped
public class MerchantRefNums {
    @Inject
    @ConfigProperty(name = "sandbox.paysafe.max-merchant-ref-nums", defaultValue = "100000")
    int maxMerchantRefNums;

    private final Recent<Boolean> used = new Recent<>(() -> maxMerchantRefNums);

    /** Takes the reference for one request; false when an earlier request already took it. */
    boolean claim(String merchantRefNum) {
        return used.add(merchantRefNum, Boolean.TRUE);
    }
}
