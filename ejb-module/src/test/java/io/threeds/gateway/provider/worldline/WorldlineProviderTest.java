package io.threeds.gateway.provider.worldline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.model.Amount;
import io.threeds.gateway.model.BrowserInfo;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.problem.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorldlineProviderTest {
    private final WorldlineProvider provider = new WorldlineProvider();

    @Test
    void takesEveryBrandItHasAPaymentProductFor() {
        for (String number : List.of("4000000000002701", "5200000000052701", "378282246310005", "6011111111111117",
                "3530111333300000", "36227206271667", "6759649826438453")) {
            assertEquals(List.of(), provider.check(request(number)), number);
        }
    }

    @Test
    void refusesABrandWithoutPaymentProductOnCardNumber() {
        List<Violation> violations = provider.check(request("9000000000000000"));
        assertEquals(1, violations.size());
        assertEquals("card.number", violations.get(0).field());
    }

    private static NewAuthentication request(String number) {
        return new NewAuthentication("order-1", new Amount(100, "EUR"), new Card(number, 12, 2030, "Jane Doe", null),
                "worldline", null, null,
                new BrowserInfo("text/html", "Mozilla/5.0", "192.0.2.10", "en-US", 24, 1080, 1920, -60, false, true),
                "NO_PREFERENCE", "https://shop.example/done");
    }
}
