package io.threeds.gateway.authentication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.card.KeyedHash;
import io.threeds.gateway.deployment.Deployment;
import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.Liability;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.idempotency.Claim;
import io.threeds.gateway.idempotency.KeyHold;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.merchant.MerchantAdministration;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.model.Amount;
import io.threeds.gateway.model.HostedPageUrls;
import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.model.ThreeDSResult;
import io.threeds.gateway.persistence.Authentication;
import io.threeds.gateway.persistence.Merchant;
import io.threeds.gateway.problem.ProblemType;
import io.threeds.gateway.problem.Violation;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderExchange;
import io.threeds.gateway.provider.ProviderRegistry;
import io.threeds.gateway.provider.ProviderResult;
import io.threeds.gateway.provider.ProviderSession;
import io.threeds.gateway.provider.StartRequest;
import io.threeds.gateway.provider.ThreeDSProvider;
import io.threeds.gateway.routing.RoutingRule;
import io.threeds.gateway.routing.RoutingRules;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Routing and failover of {@link AuthenticationService#create} (DESIGN.md, routing and resilience): only
 * a provider that cannot have begun authenticating is left for the next of the rule; what the service
 * hands its store for each try is the record and the audit trail of the attempt.
 */
class AuthenticationServiceTest {
    private static final String ID = "a-1";
    private static final Caller MERCHANT = new Caller(Role.MERCHANT, "m-1", "shop", "m-1");

    private final Map<String, ScriptedProvider> deployed = new TreeMap<>();
    private final RecordingStore store = new RecordingStore();
    private final HostedPageAddresses addresses = new HostedPageAddresses();
    private final AuthenticationService service = new AuthenticationService();

    AuthenticationServiceTest() {
        Merchant merchant = new Merchant("m-1", "Shop", "firstoken", List.of(), null,
                List.of("https://shop.example"), LocalDateTime.of(2026, 1, 5, 10, 0));
        merchant.routeBy(RoutingRules.write(List.of(
                new RoutingRule(null, null, null, "EUR", null, null, List.of("paysafe", "worldline", "intergiro")))));
        for (String id : List.of("firstoken", "paysafe", "worldline", "intergiro")) {
            deployed.put(id, new ScriptedProvider(id));
        }
        KeyedHash hmac = new KeyedHash() {
            @Override
            public String of(String value) {
                return String.format("%064x", value.hashCode() & 0xffffffffL);
            }
        };
        addresses.publicBaseUrl = "https://gw.example";
        addresses.keyedHash = hmac;
        service.store = store;
        service.merchants = new MerchantAdministration() {
            @Override
            public Merchant find(String id) {
                return merchant;
            }
        };
        service.providers = new ProviderRegistry() {
            @Override
            public Optional<ThreeDSProvider> find(String id) {
                return Optional.ofNullable(deployed.get(id));
            }

            @Override
            public Set<String> ids() {
                return deployed.keySet();
            }
        };
        service.fingerprint = hmac;
        service.addresses = addresses;
        service.deployment = new Deployment() {
            @Override
            public boolean isSandbox() {
                return false;
            }
        };
        service.ttlMinutes = 30;
    }

    /** A create as the web layer makes it: the opening transaction, then the provider calls. */
    private Opened create(NewAuthentication request) {
        Opening opening = service.open(MERCHANT, new KeyHold("m-1", "create", "key", "hash", ID), request);
        return service.proceed(MERCHANT, opening, request, opened -> "{}");
    }

    @Test
    void routesToTheFirstProviderOfTheMatchingRule() {
        NewAuthentication request = request();
        ProviderResult answer = provider("paysafe").answers();

        Opened opened = create(request);

        assertEquals(List.of(new StartRequest(ID, request, addresses.of(ID))), provider("paysafe").started);
        assertEquals(List.of(), provider("worldline").started);
        assertEquals(List.of(), provider("firstoken").started, "the merchant's default is not the rule's choice");
        Authentication attempt = store.opened;
        assertEquals("paysafe", attempt.getProvider(), "the attempt is stored under the first candidate");
        assertEquals(1000, attempt.getAmount().getValue());
        assertEquals("EUR", attempt.getAmount().getCurrency());
        assertEquals("40000000", attempt.getCard().getBin());
        assertEquals("2503", attempt.getCard().getLast4());
        assertEquals("VISA", attempt.getCard().getBrand());
        assertSame(answer, store.recorded);
        assertSame(attempt, opened.authentication());
        assertEquals(List.of(), store.failOvers);
    }

    @Test
    void failsOverToTheNextProviderWhenTheFirstIsUnavailable() {
        NewAuthentication request = request();
        ProviderException unavailable = provider("paysafe").fails(ProviderException.Kind.UNAVAILABLE);
        ProviderResult answer = provider("worldline").answers();

        create(request);

        assertEquals(1, provider("paysafe").started.size());
        assertEquals(List.of(new StartRequest(ID, request, addresses.of(ID))), provider("worldline").started,
                "the same attempt, under the same id, goes to the next provider");
        assertEquals(List.of(), provider("intergiro").started);
        assertEquals(List.of(new FailOver(ID, unavailable, "worldline", MERCHANT)), store.failOvers);
        assertEquals(List.of(exchange("paysafe")), store.failOvers.get(0).failure().exchanges(),
                "the unavailable provider's exchange is kept as evidence");
        assertSame(answer, store.recorded);
        assertNull(store.failed);
    }

    @ParameterizedTest
    @EnumSource(value = ProviderException.Kind.class, names = {"TIMEOUT", "BAD_ANSWER"})
    void doesNotFailOverWhenTheProviderMayHaveBegunAuthenticating(ProviderException.Kind kind) {
        ProviderException failure = provider("paysafe").fails(kind);
        provider("worldline").answers();

        ProviderException thrown = assertThrows(ProviderException.class,
                () -> create(request()));

        assertEquals(List.of(), provider("worldline").started);
        assertEquals(List.of(), store.failOvers);
        assertEquals(new Failed(ID, failure, "merchant:m-1", "merchant"), store.failed);
        assertSame(failure, thrown);
        assertEquals(kind == ProviderException.Kind.TIMEOUT ? ProblemType.PROVIDER_TIMEOUT : ProblemType.PROVIDER_ERROR,
                thrown.type());
        assertEquals(ID, thrown.extensions().get("authenticationId"));
    }

    @Test
    void whenEveryProviderOfTheRuleIsUnavailableTheLastFailureIsRecordedAndAnswered() {
        ProviderException first = provider("paysafe").fails(ProviderException.Kind.UNAVAILABLE);
        ProviderException second = provider("worldline").fails(ProviderException.Kind.UNAVAILABLE);
        ProviderException last = provider("intergiro").fails(ProviderException.Kind.UNAVAILABLE);

        ProviderException thrown = assertThrows(ProviderException.class,
                () -> create(request()));

        for (String id : List.of("paysafe", "worldline", "intergiro")) {
            assertEquals(1, provider(id).started.size(), id + " is tried once");
        }
        assertEquals(List.of(new FailOver(ID, first, "worldline", MERCHANT),
                new FailOver(ID, second, "intergiro", MERCHANT)), store.failOvers,
                "each failed try but the last is a failover to the next provider");
        assertEquals(new Failed(ID, last, "merchant:m-1", "merchant"), store.failed);
        assertNull(store.recorded);
        assertSame(last, thrown);
        assertEquals(ProblemType.PROVIDER_UNAVAILABLE, thrown.type());
        assertEquals(503, thrown.status());
        assertEquals(Map.of("retryAfter", "30", "authenticationId", ID), thrown.extensions());
    }

    @Test
    void doesNotFailOverToAProviderThatCannotTakeTheRequest() {
        ProviderException unavailable = provider("paysafe").fails(ProviderException.Kind.UNAVAILABLE);
        provider("worldline").refuses(new Violation("billing", "is required"));

        ProviderException thrown = assertThrows(ProviderException.class,
                () -> create(request()));

        assertEquals(List.of(), provider("worldline").started);
        assertEquals(List.of(), store.failOvers);
        assertEquals(new Failed(ID, unavailable, "merchant:m-1", "merchant"), store.failed);
        assertSame(unavailable, thrown);
    }

    private ScriptedProvider provider(String id) {
        return deployed.get(id);
    }

    private static NewAuthentication request() {
        return new NewAuthentication("order-1", new Amount(1000, "EUR"),
                new Card("4000000000002503", 12, 2030, "Jane Doe", null), null, null, null, null, "NO_PREFERENCE",
                "https://shop.example/done");
    }

    private static ProviderExchange exchange(String provider) {
        return new ProviderExchange(provider + ".start", 503, "UNAVAILABLE", 12, "{}", "{}");
    }

    /** A provider that answers or fails as the test says and keeps every request it was given. */
    private static final class ScriptedProvider implements ThreeDSProvider {
        private final String id;
        private final List<StartRequest> started = new ArrayList<>();
        private List<Violation> violations = List.of();
        private ProviderResult answer;
        private ProviderException failure;

        ScriptedProvider(String id) {
            this.id = id;
        }

        ProviderResult answers() {
            answer = new ProviderResult(new ThreeDSResult(TransStatus.Y, null, StatusSource.PROVIDER_API, "05",
                    "AAABBEg0VhI0VniQEjRWAAAAAAA=", null, "ds-" + id, null, null, "2.2.0", "Y", null,
                    Flow.FRICTIONLESS, null, new Liability(true, "TEST"), RecommendedAction.PROCEED),
                    null, Map.of(), null, List.of());
            return answer;
        }

        ProviderException fails(ProviderException.Kind kind) {
            failure = new ProviderException(kind, id + " failed: " + kind, 503, null).recorded(exchange(id));
            return failure;
        }

        void refuses(Violation violation) {
            violations = List.of(violation);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public List<Violation> check(NewAuthentication request) {
            return violations;
        }

        @Override
        public ProviderResult start(StartRequest request) {
            started.add(request);
            if (failure != null) {
                throw failure;
            }
            return answer;
        }

        @Override
        public ProviderResult resume(ProviderSession session, BrowserResult browserResult) {
            throw new UnsupportedOperationException("not started through the browser here");
        }
    }

    private record FailOver(String id, ProviderException failure, String nextProvider, Caller caller) {
    }

    private record Failed(String id, ProviderException failure, String actor, String actorRole) {
    }

    /** The store without a database: keeps what the service asked it to store. */
    private static final class RecordingStore extends AuthenticationStore {
        private Authentication opened;
        private ProviderResult recorded;
        private final List<FailOver> failOvers = new ArrayList<>();
        private Failed failed;

        @Override
        public Authentication stored(String id) {
            return null;
        }

        @Override
        public Opening open(KeyHold hold, Caller caller, Function<String, NewAttempt> newAttempt) {
            NewAttempt attempt = newAttempt.apply(hold.resourceId());
            opened = attempt.attempt();
            return new Opening(new Claim("key-1", 0, false, false, null, null, hold.resourceId()), attempt, null);
        }

        @Override
        public Opened record(String id, ProviderResult outcome, Caller caller, HostedPageUrls urls, Claim claim,
                             Function<Opened, String> kept) {
            recorded = outcome;
            return new Opened(opened, null);
        }

        @Override
        public void failOver(String id, ProviderException failure, String nextProvider, Caller caller) {
            failOvers.add(new FailOver(id, failure, nextProvider, caller));
        }

        @Override
        public Authentication fail(String id, ProviderException failure, String actor, String actorRole) {
            failed = new Failed(id, failure, actor, actorRole);
            return opened;
        }
    }
}
