package io.threeds.gateway.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.Utc;
import io.threeds.gateway.audit.AuditEntry;
import io.threeds.gateway.audit.AuditTrail;
import io.threeds.gateway.audit.ChainVerification;
import io.threeds.gateway.audit.ChainVerifier;
import io.threeds.gateway.authentication.AuthenticationStore;
import io.threeds.gateway.authentication.ChallengeCompleted;
import io.threeds.gateway.authentication.NewAttempt;
import io.threeds.gateway.authentication.Opening;
import io.threeds.gateway.emv.Flow;
import io.threeds.gateway.emv.Liability;
import io.threeds.gateway.emv.RecommendedAction;
import io.threeds.gateway.emv.StatusSource;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.idempotency.Claim;
import io.threeds.gateway.idempotency.IdempotencyKeys;
import io.threeds.gateway.idempotency.KeyHold;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.merchant.MerchantAdministration;
import io.threeds.gateway.merchant.NewMerchant;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.model.HostedPageUrls;
import io.threeds.gateway.model.ThreeDSResult;
import io.threeds.gateway.persistence.AuditEvent;
import io.threeds.gateway.persistence.Authentication;
import io.threeds.gateway.persistence.AuthenticationState;
import io.threeds.gateway.persistence.CardDescription;
import io.threeds.gateway.persistence.Money;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ValidationException;
import io.threeds.gateway.provider.ProviderResult;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.CDI;
import javax.naming.InitialContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's EJB module, deployed with the persistence unit into the running server, tested from
 * inside: the transaction a challenge completion commits in, the CDI event and its observers,
 * concurrent audit appends, which lock nothing and are chained by the sealer afterwards, and an
 * Idempotency-Key claimed with the attempt and answered with the outcome, in their transactions.
 */
@ExtendWith(ArquillianExtension.class)
class ContainerIT {

    /** The EJB module and the EAR's libraries exactly as built, in a WAR with the test observer. */
    @Deployment
    static WebArchive deployment() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("ear.file")));
        WebArchive war = ShrinkWrap.create(WebArchive.class, "threeds-container-tests.war")
                .addClasses(CompletedChallenges.class, ContainerResources.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.getContent(Filters.include("/lib/.*\\.jar|/threeds-ejb\\.jar")).forEach((path, node) ->
                war.addAsLibrary(ShrinkWrap.create(ZipImporter.class, path.get().substring(path.get().lastIndexOf('/') + 1))
                        .importFrom(node.getAsset().openStream()).as(JavaArchive.class)));
        return war;
    }

    @Test
    void completingAChallengeCommitsTheRecordItsAuditEventAndThenNotifiesObservers() {
        Caller merchant = merchant();
        String id = pendingAuthentication(merchant);
        long version = bean(EntityManager.class).find(Authentication.class, id).getVersion();

        bean(AuthenticationStore.class).completeFromBrowser(id, version, finalResult(TransStatus.Y), "browser");

        // The request's persistence context still holds what it read before; read again from the database.
        bean(EntityManager.class).clear();
        Authentication done = bean(EntityManager.class).find(Authentication.class, id);
        assertEquals(AuthenticationState.COMPLETED, done.getState());
        assertEquals(TransStatus.Y, done.getResult().getTransStatus());
        List<AuditEvent> events = bean(EntityManager.class).createNamedQuery("AuditEvent.forAuthentication", AuditEvent.class)
                .setParameter("id", id).getResultList();
        assertEquals("authentication.challenge_completed", events.get(events.size() - 1).getType());
        assertTrue(events.get(events.size() - 1).getDetails().contains("\"transStatus\":\"Y\""));
        assertTrue(bean(CompletedChallenges.class).committed().contains(id), "AFTER_SUCCESS observers hear of it once committed");
    }

    @Test
    void aCompletionWhoseTransactionRollsBackLeavesNoAuditEvent() throws Exception {
        String id = UUID.randomUUID().toString();
        bean(UserTransaction.class).begin();
        CDI.current().getBeanManager().getEvent().select(ChallengeCompleted.class).fire(new ChallengeCompleted(id, null, "worldline", "Y", "CHALLENGE", true, "browser"));
        bean(UserTransaction.class).rollback();

        assertEquals(0, bean(EntityManager.class).createNamedQuery("AuditEvent.forAuthentication", AuditEvent.class)
                .setParameter("id", id).getResultList().size(), "the observer's audit event rolled back with it");
        assertFalse(bean(CompletedChallenges.class).committed().contains(id));
        assertTrue(bean(CompletedChallenges.class).rolledBack().contains(id));
    }

    @Test
    void aSecondCompletionOfTheSameStepIsRefused() {
        String id = pendingAuthentication(merchant());
        long version = bean(EntityManager.class).find(Authentication.class, id).getVersion();
        bean(AuthenticationStore.class).completeFromBrowser(id, version, finalResult(TransStatus.N), "browser");
        GatewayException refused = assertThrows(GatewayException.class, () -> bean(AuthenticationStore.class)
                .completeFromBrowser(id, version, finalResult(TransStatus.Y), "browser"));
        assertEquals("browser-callback-refused", refused.type().slug());
        bean(EntityManager.class).clear();
        assertEquals(TransStatus.N, bean(EntityManager.class).find(Authentication.class, id).getResult().getTransStatus(), "the first result stands");
    }

    @Test
    void concurrentAppendsAreSealedIntoOneUnbrokenChain() throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<Future<AuditEvent>> appends = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            appends.add(executor.submit(() -> bean(AuditTrail.class).append(new AuditEntry("test.concurrent", "test", "admin", null,
                    null, "OK", Map.of("n", String.valueOf(n))))));
        }
        List<Long> sequences = new ArrayList<>();
        for (Future<AuditEvent> append : appends) {
            sequences.add(append.get().getSequence());
        }
        assertEquals(40, sequences.stream().distinct().count(), "no two appends share a sequence");
        ChainVerification sealed = sealed();
        assertTrue(sealed.verified(), "and once sealed the chain verifies: " + sealed);
        assertEquals(0, bean(EntityManager.class).createQuery("SELECT COUNT(p) FROM AuditPending p WHERE p.eventId IN "
                + "(SELECT e.id FROM AuditEvent e WHERE e.type = 'test.concurrent')", Long.class).getSingleResult());
    }

    @Test
    void aRequestRefusedWhenOpenedLeavesItsKeyFree() {
        Caller merchant = merchant();
        String id = UUID.randomUUID().toString();
        GatewayException refused = ValidationException.of("returnUrl", "origin is not allowed");
        assertSame(refused, assertThrows(GatewayException.class, () -> bean(AuthenticationStore.class)
                .open(hold(merchant, id), merchant, claimed -> {
                    throw refused;
                })));
        assertEquals(0, keyRecords(id), "the claim rolled back with the refused request");
        assertFalse(bean(IdempotencyKeys.class).claim(hold(merchant, id)).replay(), "the key can be claimed again");
    }

    @Test
    void theKeysAnswerCommitsWithTheOutcomeOrNotAtAll() {
        Caller merchant = merchant();
        String id = UUID.randomUUID().toString();
        Opening opening = bean(AuthenticationStore.class).open(hold(merchant, id), merchant,
                claimed -> new NewAttempt(attempt(merchant, claimed), null, List.of()));
        assertEquals(id, opening.opened().attempt().getId());
        IllegalStateException failed = new IllegalStateException("the answer could not be written");
        assertThrows(RuntimeException.class, () -> bean(AuthenticationStore.class).record(id,
                finalResult(TransStatus.Y), merchant, HostedPageUrls.of("https://gw.example", id, "0".repeat(32)),
                opening.claim(), opened -> {
                    throw failed;
                }));
        bean(EntityManager.class).clear();
        assertEquals(AuthenticationState.PROCESSING, bean(EntityManager.class).find(Authentication.class, id).getState(),
                "the outcome rolled back with the answer");
        assertThrows(GatewayException.class, () -> bean(IdempotencyKeys.class).claim(hold(merchant, id)),
                "and the key is still held, in progress");

        bean(AuthenticationStore.class).record(id, finalResult(TransStatus.Y), merchant,
                HostedPageUrls.of("https://gw.example", id, "0".repeat(32)), opening.claim(), opened -> "{\"kept\":true}");
        Claim replay = bean(IdempotencyKeys.class).claim(hold(merchant, id));
        assertTrue(replay.replay());
        assertEquals(201, replay.status());
        assertEquals("{\"kept\":true}", replay.body());
    }

    @Test
    void theLoserOfARaceForANewKeyIs409AndLeavesNothingBehind() throws Exception {
        Caller merchant = merchant();
        String key = UUID.randomUUID().toString();
        String loserId = UUID.randomUUID().toString();
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        UserTransaction winner = bean(UserTransaction.class);
        winner.begin();
        bean(IdempotencyKeys.class).claim(new KeyHold(merchant.merchantId(), "authentications.create", key, "h",
                UUID.randomUUID().toString()));
        // The loser finds no committed claim, or one in progress: either way its insert or lease check refuses it.
        Future<GatewayException> loser = executor.submit(() -> assertThrows(GatewayException.class,
                () -> bean(AuthenticationStore.class).open(new KeyHold(merchant.merchantId(), "authentications.create",
                        key, "h", loserId), merchant, claimed -> new NewAttempt(attempt(merchant, claimed), null, List.of()))));
        winner.commit();

        GatewayException refused = loser.get();
        assertEquals("idempotency-key-in-use", refused.type().slug());
        assertTrue(Integer.parseInt(refused.extensions().get("retryAfter")) >= 1);
        bean(EntityManager.class).clear();
        assertNull(bean(EntityManager.class).find(Authentication.class, loserId));
        assertEquals(0, bean(EntityManager.class).createNamedQuery("AuditEvent.forAuthentication", AuditEvent.class)
                .setParameter("id", loserId).getResultList().size());
        assertEquals(1, keyRecords(key));
    }

    /** Verifies until nothing is pending (the sealer polls every 250 ms), for at most 20 s. */
    private static ChainVerification sealed() throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        ChainVerification verification = bean(ChainVerifier.class).verify(null, null, null);
        while (verification.pendingEvents() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            verification = bean(ChainVerifier.class).verify(null, null, null);
        }
        return verification;
    }

    /** The test runs inside the deployed WAR (the instance built on the client side never runs a test). */
    private static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }

    private Caller merchant() {
        String id = bean(MerchantAdministration.class).createMerchant(Caller.system(), new NewMerchant("container-" + UUID.randomUUID(),
                "worldline", List.of(), null, List.of(), null)).principal().getId();
        return new Caller(Role.MERCHANT, id, "container test", id);
    }

    private String pendingAuthentication(Caller merchant) {
        String id = UUID.randomUUID().toString();
        Authentication attempt = attempt(merchant, id);
        Opening opening = bean(AuthenticationStore.class).open(hold(merchant, id), merchant,
                claimed -> new NewAttempt(attempt, null, List.of()));
        ThreeDSResult pending = new ThreeDSResult(TransStatus.C, null, StatusSource.PROVIDER_API, null, null, null,
                null, null, null, "2.1.0", "Y", null, Flow.CHALLENGE, null, new Liability(false, "TEST"),
                RecommendedAction.AWAIT_BROWSER);
        bean(AuthenticationStore.class).record(id, new ProviderResult(pending, new BrowserAction("CHALLENGE", "GET", "https://acs.example/c",
                Map.of(), "TOP_WINDOW", null), Map.of(), null, List.of()), merchant,
                HostedPageUrls.of("https://gw.example", id, "0".repeat(32)), opening.claim(), opened -> "{}");
        return id;
    }

    private static Authentication attempt(Caller merchant, String id) {
        Authentication attempt = new Authentication(id, merchant.merchantId(), "container-" + id, "worldline",
                new Money(1000, "EUR"), "NO_PREFERENCE", "https://shop.example/done", Utc.now(),
                Utc.now().plusMinutes(30));
        attempt.describeCard(new CardDescription("40000000", "2503", "VISA", 12, 2030, "f".repeat(64)));
        return attempt;
    }

    /** A key named after the attempt it is for. */
    private static KeyHold hold(Caller merchant, String id) {
        return new KeyHold(merchant.merchantId(), "authentications.create", id, "h", id);
    }

    private static long keyRecords(String key) {
        return bean(EntityManager.class).createQuery("SELECT COUNT(r) FROM IdempotencyRecord r WHERE r.idemKey = :key",
                Long.class).setParameter("key", key).getSingleResult();
    }

    private static ProviderResult finalResult(TransStatus status) {
        boolean ok = status == TransStatus.Y;
        ThreeDSResult result = new ThreeDSResult(status, null, StatusSource.PROVIDER_API, ok ? "05" : "07",
                ok ? "AAABBEg0VhI0VniQEjRWAAAAAAA=" : null, null, null, null, null, "2.1.0", "Y", null,
                Flow.CHALLENGE, null, new Liability(ok, "TEST"), RecommendedAction.forStatus(status, false));
        return new ProviderResult(result, null, Map.of(), null, List.of());
    }

}
