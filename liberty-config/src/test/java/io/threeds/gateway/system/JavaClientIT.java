package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.threeds.client.AuditApi;
import io.threeds.client.Amount;
import io.threeds.client.Authentication;
import io.threeds.client.Browser;
import io.threeds.client.AuthenticationsApi;
import io.threeds.client.CredentialsRefused;
import io.threeds.client.GatewayClients;
import io.threeds.client.IdempotencyKeyReused;
import io.threeds.client.IdempotentRequests;
import io.threeds.client.InvalidRequest;
import io.threeds.client.InvalidWebhookSignature;
import io.threeds.client.KeysetPages;
import io.threeds.client.NewAuthentication;
import io.threeds.client.NewCard;
import io.threeds.client.OperationForbidden;
import io.threeds.client.ResourceNotFound;
import io.threeds.client.RetryPolicy;
import io.threeds.client.Stats;
import io.threeds.client.TestCards;
import io.threeds.client.Violation;
import io.threeds.client.WebhookEvent;
import io.threeds.client.WebhookVerifier;
import io.threeds.gateway.system.Gateway.Answer;
import io.threeds.gateway.system.Gateway.Merchant;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The merchant's Java client ({@code client/}) against the running gateway, built with
 * {@code RestClientBuilder} over RESTEasy's MicroProfile REST Client as a merchant's server would.
 */
class JavaClientIT {
    private static final URI GATEWAY = URI.create(Gateway.URL);
    private static final String RETURN_URL = "https://shop.example/checkout/3ds-done";
    private static final Browser SHOPPER = new Browser("text/html", "Mozilla/5.0 (X11; Linux x86_64)", "192.0.2.10",
            "en-US", 24, 1080, 1920, -60, false, true);

    @BeforeAll
    static void awaitTheApplication() {
        Gateway.awaitReady();
    }

    private static NewAuthentication order(String reference, String card) {
        LeakLedger.sent("{\"number\": \"" + card + "\"}");
        return NewAuthentication.of(reference, new Amount(1000, "EUR"), NewCard.of(card, 12, 2030, "Jane Doe"),
                RETURN_URL).withBrowser(SHOPPER);
    }

    private static Authentication noted(Authentication authentication) {
        if (authentication.authenticationValue() != null) {
            LeakLedger.received("{\"authenticationValue\": \"" + authentication.authenticationValue() + "\"}");
        }
        return authentication;
    }

    @Test
    void createsReadsAndListsAFrictionlessAuthentication() {
        Merchant merchant = Gateway.newMerchant("worldline");
        AuthenticationsApi api = GatewayClients.merchant(GATEWAY, merchant.key());
        String reference = Gateway.reference();
        Authentication created = noted(new IdempotentRequests(api, RetryPolicy.standard())
                .create(order(reference, TestCards.FRICTIONLESS_AUTHENTICATED)));
        assertEquals("COMPLETED", created.state());
        assertEquals("Y", created.transStatus());
        assertEquals("05", created.eci());
        assertTrue(created.liabilityShift());
        assertEquals("PROCEED", created.recommendedAction());
        assertNotNull(created.authenticationValue());
        assertEquals("2701", created.card().last4());
        assertEquals(new Amount(1000, "EUR"), created.amount());
        assertEquals(merchant.id(), created.merchantId());
        assertNotNull(created.createdAt());

        Authentication read = noted(api.get(created.id()));
        assertEquals(created.id(), read.id());
        assertEquals("Y", read.transStatus());
        assertEquals(created.authenticationValue(), read.authenticationValue());

        List<Authentication> listed = api.byMerchantReference(reference).items();
        assertEquals(List.of(created.id()), listed.stream().map(Authentication::id).toList());
        assertEquals(List.of(), api.byMerchantReference(Gateway.reference()).items());
    }

    @Test
    void aReplayedKeyAnswersTheFirstAuthenticationAndAnotherBodyIsRefused() {
        Merchant merchant = Gateway.newMerchant("worldline");
        AuthenticationsApi api = GatewayClients.merchant(GATEWAY, merchant.key());
        IdempotentRequests requests = new IdempotentRequests(api, RetryPolicy.standard());
        String key = IdempotentRequests.newKey();
        String reference = Gateway.reference();
        Authentication first = noted(requests.create(key, order(reference, TestCards.FRICTIONLESS_ATTEMPTED)));
        Authentication replay = noted(requests.create(key, order(reference, TestCards.FRICTIONLESS_ATTEMPTED)));
        assertEquals(first.id(), replay.id());
        assertEquals("A", replay.transStatus());
        assertEquals(1, api.byMerchantReference(reference).items().size());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM authentication WHERE merchant_reference = ?", reference));

        String other = Gateway.reference();
        IdempotencyKeyReused reused = assertThrows(IdempotencyKeyReused.class,
                () -> requests.create(key, order(other, TestCards.FRICTIONLESS_ATTEMPTED)));
        assertEquals(422, reused.status());
        assertEquals("/problems/idempotency-key-reused", reused.type());
        assertEquals(0, Database.count("SELECT COUNT(*) FROM authentication WHERE merchant_reference = ?", other));
    }

    @Test
    void problemsArriveAsTypedExceptions() {
        Merchant merchant = Gateway.newMerchant("worldline");
        AuthenticationsApi api = GatewayClients.merchant(GATEWAY, merchant.key());
        IdempotentRequests requests = new IdempotentRequests(api, RetryPolicy.standard());

        InvalidRequest invalid = assertThrows(InvalidRequest.class,
                () -> requests.create(order(Gateway.reference(), "4000000000002702")));
        assertEquals(400, invalid.status());
        assertEquals("/problems/validation", invalid.type());
        assertTrue(invalid.violations().stream().map(Violation::field).anyMatch("card.number"::equals),
                invalid.violations().toString());
        assertNotNull(invalid.problem().instance());

        Authentication theirs = noted(new IdempotentRequests(GatewayClients.merchant(GATEWAY,
                Gateway.newMerchant("worldline").key()), RetryPolicy.standard())
                .create(order(Gateway.reference(), TestCards.FRICTIONLESS_AUTHENTICATED)));
        ResourceNotFound notFound = assertThrows(ResourceNotFound.class, () -> api.get(theirs.id()));
        assertEquals("/problems/not-found", notFound.type());
        assertThrows(ResourceNotFound.class, () -> api.get(UUID.randomUUID().toString()));

        CredentialsRefused refused = assertThrows(CredentialsRefused.class,
                () -> GatewayClients.merchant(GATEWAY, "tds_m_" + UUID.randomUUID()).get(theirs.id()));
        assertEquals(401, refused.status());

        AuditApi audit = GatewayClients.auditor(GATEWAY, merchant.key());
        OperationForbidden forbidden = assertThrows(OperationForbidden.class, () -> audit.verify(null, null, null));
        assertEquals("/problems/forbidden", forbidden.type());
    }

    @Test
    void aPartnerCreatesForALinkedMerchant() {
        Merchant merchant = Gateway.newMerchant("worldline");
        String partnerKey = io.threeds.gateway.system.AuditApi.newPartner(merchant).key();
        Authentication created = noted(new IdempotentRequests(GatewayClients.partner(GATEWAY, partnerKey,
                merchant.id()), RetryPolicy.standard()).create(order(Gateway.reference(),
                TestCards.FRICTIONLESS_AUTHENTICATED)));
        assertEquals(merchant.id(), created.merchantId());
        assertEquals(created.id(), noted(GatewayClients.merchant(GATEWAY, merchant.key()).get(created.id())).id());
        assertThrows(ResourceNotFound.class, () -> GatewayClients.partner(GATEWAY, partnerKey,
                Gateway.newMerchant("worldline").id()).get(created.id()));
    }

    @Test
    void theWebhookVerifierAcceptsWhatTheGatewaySigned() throws Exception {
        BlockingQueue<String[]> deliveries = new ArrayBlockingQueue<>(10);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            deliveries.add(new String[] {exchange.getRequestHeaders().getFirst(WebhookVerifier.HEADER),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            Answer created = Gateway.postJson("/api/v1/merchants", Gateway.adminKey(), "{\"name\":\"hooks-"
                    + UUID.randomUUID() + "\",\"defaultProvider\":\"worldline\",\"webhookUrl\":\"http://localhost:"
                    + receiver.getAddress().getPort() + "/hooks\"}");
            assertEquals(201, created.status(), created.body());
            Authentication authentication = noted(new IdempotentRequests(GatewayClients.merchant(GATEWAY,
                    created.json().getString("apiKey")), RetryPolicy.standard())
                    .create(order(Gateway.reference(), TestCards.FRICTIONLESS_AUTHENTICATED)));
            String[] delivery = deliveries.poll(40, TimeUnit.SECONDS);
            assertNotNull(delivery, "no webhook within 40 s");

            WebhookVerifier verifier = new WebhookVerifier(created.json().getString("webhookSecret"));
            WebhookEvent event = verifier.read(delivery[0], delivery[1].getBytes(StandardCharsets.UTF_8));
            assertEquals("authentication.completed", event.type());
            assertEquals(authentication.id(), event.data().id());
            assertEquals("Y", event.data().transStatus());
            assertThrows(InvalidWebhookSignature.class, () -> verifier.verify(delivery[0],
                    delivery[1].replace("\"Y\"", "\"N\"").getBytes(StandardCharsets.UTF_8)));
            assertThrows(InvalidWebhookSignature.class, () -> new WebhookVerifier("whsec_other")
                    .verify(delivery[0], delivery[1].getBytes(StandardCharsets.UTF_8)));
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void anAuditorPagesStreamsVerifiesAndCounts() throws Exception {
        Merchant merchant = Gateway.newMerchant("worldline");
        IdempotentRequests requests = new IdempotentRequests(GatewayClients.merchant(GATEWAY, merchant.key()),
                RetryPolicy.standard());
        List<String> created = java.util.stream.Stream.of(TestCards.FRICTIONLESS_AUTHENTICATED,
                        TestCards.FRICTIONLESS_NOT_AUTHENTICATED, TestCards.FRICTIONLESS_AUTHENTICATED)
                .map(card -> noted(requests.create(order(Gateway.reference(), card))).id()).toList();
        AuditApi audit = GatewayClients.auditor(GATEWAY, Gateway.newAuditorKey());

        List<Authentication> seen = KeysetPages.<Authentication>stream(cursor -> audit.authentications(merchant.id(),
                null, null, null, null, null, null, null, 1, cursor)).toList();
        assertEquals(List.of(created.get(2), created.get(1), created.get(0)),
                seen.stream().map(Authentication::id).toList(), "newest first, one page each");
        assertTrue(seen.stream().allMatch(a -> a.authenticationValue() == null), "auditors never see it");

        long events = KeysetPages.stream(cursor -> audit.events(created.get(0), null, null, null, null, null, 2,
                cursor)).count();
        assertTrue(events >= 1, "the authentication's events");

        try (InputStream csv = audit.authenticationsCsv(merchant.id(), null, null, null, null, null, null, null,
                null); BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            List<String> rows = lines.lines().toList();
            assertEquals(4, rows.size(), "a header and three rows");
            assertTrue(rows.get(1).contains(created.get(2)));
        }

        assertTrue(audit.verify(null, null, null).verified());
        Stats stats = audit.stats(null, null, "merchant", merchant.id(), null);
        assertEquals(1, stats.groups().size());
        assertEquals(3, stats.groups().get(0).authentications());
        assertEquals(2L, stats.groups().get(0).transStatus().get("Y"));
        assertEquals(1L, stats.groups().get(0).transStatus().get("N"));
        assertNull(stats.provider());

        InvalidRequest overLimit = assertThrows(InvalidRequest.class,
                () -> audit.events(null, null, null, null, null, null, 501, null));
        assertEquals(400, overLimit.status());
    }
}
