package io.threeds.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.ProcessingException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotentRequestsTest {
    private final FlakyGateway gateway = new FlakyGateway();
    private final IdempotentRequests requests = new IdempotentRequests(gateway,
            new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1), d -> { }));
    private final NewAuthentication order = NewAuthentication.of("order-1", new Amount(1000, "EUR"),
            NewCard.of(TestCards.FRICTIONLESS_AUTHENTICATED, 12, 2030, "Jane Doe"), "https://shop.example/done");

    @Test
    void retriesACreateUnderTheSameGeneratedKey() {
        gateway.failures.add(new ProcessingException(new SocketTimeoutException("Read timed out")));
        gateway.failures.add(RetryPolicyTest.problem(503, "database-unavailable", null));
        Authentication created = requests.create(order);
        assertEquals("a-1", created.id());
        assertEquals(3, gateway.keys.size());
        assertEquals(1, gateway.keys.stream().distinct().count());
        assertEquals(36, gateway.keys.get(0).length());
    }

    @Test
    void eachCreateHasItsOwnKey() {
        requests.create(order);
        requests.create(order);
        assertEquals(2, gateway.keys.stream().distinct().count());
    }

    @Test
    void aKeyKeptByTheMerchantIsTheOneSent() {
        requests.create("order-1-attempt-1", order);
        requests.authorize("order-1-payment", "a-1", true);
        assertEquals(List.of("order-1-attempt-1", "order-1-payment"), gateway.keys);
    }

    @Test
    void retriesAnAuthorizationUnderTheSameKeyButNotAConflict() {
        gateway.failures.add(new ProcessingException("Connection reset"));
        assertEquals("AUTHORIZED", requests.authorize("a-1", true).status());
        assertEquals(2, gateway.keys.stream().filter(gateway.keys.get(0)::equals).count());
        gateway.failures.add(RetryPolicyTest.problem(409, "authorization-in-progress", null));
        assertThrows(GatewayProblem.class, () -> requests.authorize("a-1", true));
    }

    /** Fails with the queued failures first, then answers; records every key it is sent. */
    private static final class FlakyGateway implements AuthenticationsApi {
        final List<RuntimeException> failures = new ArrayList<>();
        final List<String> keys = new ArrayList<>();

        @Override
        public Authentication create(String idempotencyKey, NewAuthentication request) {
            keys.add(idempotencyKey);
            failNext();
            return new Authentication("a-1", "m-1", request.merchantReference(), "worldline", "COMPLETED", "Y",
                    null, "05", null, null, null, null, null, "2.2.0", "Y", "Y", "FRICTIONLESS", true, "PROCEED", null,
                    null, request.amount(), null, null, null, null, null);
        }

        @Override
        public Authorization authorize(String id, String idempotencyKey, AuthorizationRequest request) {
            keys.add(idempotencyKey);
            failNext();
            return new Authorization("AUTHORIZED", "p-1", "123456", "00", new Amount(1000, "EUR"), null);
        }

        private void failNext() {
            if (!failures.isEmpty()) {
                throw failures.remove(0);
            }
        }

        @Override
        public Authentication get(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuthenticationList byMerchantReference(String merchantReference) {
            throw new UnsupportedOperationException();
        }
    }
}
