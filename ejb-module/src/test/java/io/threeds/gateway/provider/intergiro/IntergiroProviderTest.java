package io.threeds.gateway.provider.intergiro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.model.Amount;
import io.threeds.gateway.model.NewAuthentication;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntergiroProviderTest {

    @Test
    void aCardWithoutSecurityCodeIsAccepted() {
        NewAuthentication request = new NewAuthentication("order-1", new Amount(1000, "EUR"),
                new Card("4111111111111111", 2, 2030, null, null), "intergiro", null, null, null, "NO_PREFERENCE",
                "https://shop.example/done");
        assertEquals(List.of(), new IntergiroProvider().check(request), "card.securityCode is optional (API.md §2)");
    }
}
