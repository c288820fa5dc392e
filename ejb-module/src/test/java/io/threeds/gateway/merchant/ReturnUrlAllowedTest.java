package io.threeds.gateway.merchant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.persistence.Merchant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnUrlAllowedTest {
    private static Merchant listing(List<String> origins) {
        return new Merchant("m-1", "Shop", "worldline", List.of("worldline"), null, origins, LocalDateTime.now());
    }

    @Test
    void anEmptyListAllowsAnyReturnUrlOnlyInTheSandbox() {
        assertTrue(MerchantAdministration.returnUrlAllowed(listing(List.of()), "https://evil.example/x", true));
        assertFalse(MerchantAdministration.returnUrlAllowed(listing(List.of()), "https://shop.example/x", false),
                "outside the sandbox a merchant must list its origins: no open redirect");
    }

    @Test
    void aListedOriginIsAllowedAndNoOther() {
        Merchant merchant = listing(List.of("https://shop.example"));
        assertTrue(MerchantAdministration.returnUrlAllowed(merchant, "https://shop.example/done?o=1", false));
        assertFalse(MerchantAdministration.returnUrlAllowed(merchant, "https://shop.example.evil.example/done", false));
        assertFalse(MerchantAdministration.returnUrlAllowed(merchant, "https://evil.example/done", true));
    }
}
