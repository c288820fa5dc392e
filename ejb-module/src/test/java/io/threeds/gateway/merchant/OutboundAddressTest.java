package io.threeds.gateway.merchant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundAddressTest {
    private static OutboundAddress resolvingTo(String... addresses) {
        return new OutboundAddress(host -> {
            InetAddress[] resolved = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                resolved[i] = InetAddress.getByName(addresses[i]);
            }
            return resolved;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "::1", "fe80::1", "fd00::1", "224.0.0.1"})
    void inwardAddressesAreRefused(String address) {
        assertTrue(resolvingTo(address).refusal("https://hooks.shop.example/3ds").isPresent(), address);
    }

    @Test
    void aNameWithOnePrivateAddressAmongPublicOnesIsRefused() {
        assertTrue(resolvingTo("93.184.216.34", "10.0.0.5").refusal("https://hooks.shop.example/3ds").isPresent());
    }

    @Test
    void publicAddressesAreAllowed() {
        assertEquals(Optional.empty(), resolvingTo("93.184.216.34", "2606:2800:220:1::1")
                .refusal("https://hooks.shop.example/3ds"));
    }

    @Test
    void anUnknownHostIsRefused() {
        OutboundAddress nowhere = new OutboundAddress(host -> {
            throw new UnknownHostException(host);
        });
        assertEquals(Optional.of("unknown host"), nowhere.refusal("https://nowhere.example/3ds"));
    }
}
