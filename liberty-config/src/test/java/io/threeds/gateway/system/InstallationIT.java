package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A fresh sandbox installation: keys logged once, health, the OpenAPI document. */
class InstallationIT {

    @Test
    void demoKeysFromTheLogWork() {
        String merchantKey = Gateway.loggedKey(Pattern.compile("SANDBOX demo merchant \\S+ API key \\(shown once\\): (\\S+)"));
        String auditorKey = Gateway.loggedKey(Pattern.compile("SANDBOX demo auditor \\S+ API key \\(shown once\\): (\\S+)"));
        Answer created = Gateway.createAuthentication(merchantKey, UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", "https://shop.example/done"));
        assertEquals(201, created.status(), created.body());
        assertEquals("worldline", created.json().getString("provider"), "the demo merchant defaults to worldline");
        Answer asAuditor = Gateway.get("/api/v1/authentications/" + created.json().getString("id"), auditorKey);
        assertEquals(200, asAuditor.status());
        assertTrue(asAuditor.json().isNull("authenticationValue"), "auditors never see the authentication value");
        assertEquals("40000000", asAuditor.json().getJsonObject("card").getString("bin"));
    }

    @Test
    void apiKeysAreStoredOnlyAsHashes() {
        String adminKey = Gateway.adminKey();
        assertEquals(0, Database.count("SELECT COUNT(*) FROM api_key WHERE key_hash = ?", adminKey));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM api_key WHERE role = 'ADMIN'"));
    }

    @Test
    void readinessChecksTheDatabase() {
        Answer ready = Gateway.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"database\""));
        JsonObject providers = ready.json().getJsonArray("checks").stream().map(check -> check.asJsonObject())
                .filter(check -> "providers".equals(check.getString("name"))).findFirst().orElseThrow()
                .getJsonObject("data");
        for (String provider : new String[] {"firstoken", "intergiro", "paysafe", "verifone", "worldline"}) {
            assertTrue(List.of("closed", "open", "halfOpen").contains(providers.getString(provider)), provider);
        }
        assertEquals(200, Gateway.get("/health/live", null).status());
    }

    @Test
    void metricsCountAuthenticationsAndTimeProviderCalls() {
        Answer created = Gateway.createAuthentication(Gateway.newMerchant("worldline").key(),
                UUID.randomUUID().toString(),
                Gateway.authenticationRequest(Gateway.reference(), "4000000000002701", "https://shop.example/done"));
        assertEquals(201, created.status(), created.body());
        Answer metrics = Gateway.get("/metrics", null);
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().lines().anyMatch(line -> line.startsWith("threeds_authentications_total")
                && line.contains("provider=\"worldline\"") && line.contains("transStatus=\"Y\"")), metrics.body());
        assertTrue(metrics.body().lines().anyMatch(line -> line.startsWith("threeds_provider_call")
                && line.contains("operation=\"createPayment\"")));
        assertTrue(metrics.body().contains("ft_"), "fault tolerance reports on the provider clients");
        assertTrue(metrics.body().contains("threeds_webhook_backlog"));
    }

    @Test
    void openApiDescribesTheContract() {
        Answer doc = Gateway.get("/openapi", null);
        assertEquals(200, doc.status());
        assertTrue(doc.body().contains("/api/v1/authentications"), doc.body());
        assertTrue(doc.body().contains("Idempotency-Key"));
        assertEquals(200, Gateway.get("/openapi/ui/", null).status());
    }
}
