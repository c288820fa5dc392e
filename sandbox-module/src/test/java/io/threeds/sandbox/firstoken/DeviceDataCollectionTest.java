package io.threeds.sandbox.firstoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.sandbox.HtmlPage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class DeviceDataCollectionTest {
    private final Simulator simulator = new Simulator();

    @Test
    void recordsTheSessionAndReportsProfileCompleted() {
        JsonObject setup = simulator.setup("4000100000000000");
        String referenceId = setup.getString("reference_id");
        HtmlAnswer page = simulator.deviceDataCollection.collect(setup.getString("access_token"), Simulator.NOW);
        assertEquals(200, page.status());
        assertTrue(simulator.authentications.session(referenceId).orElseThrow().hasDeviceData());
        String message = HtmlPage.escape("{\"MessageType\":\"profile.completed\",\"SessionId\":\"" + referenceId
                + "\",\"Status\":true}");
        assertTrue(page.html().contains("data-message=\"" + message + "\""), page.html());
        assertTrue(page.html().contains("data-delay=\"500\""));
        assertTrue(page.html().contains("window.parent.postMessage(JSON.stringify(message), \"*\")"));
    }

    @Test
    void refusesABadToken() {
        JsonObject setup = simulator.setup("4000100000000000");
        String token = setup.getString("access_token");
        for (String bad : new String[] {null, "", token.substring(0, token.length() - 2), "a.b.c"}) {
            HtmlAnswer page = simulator.deviceDataCollection.collect(bad, Simulator.NOW);
            assertEquals(400, page.status(), bad);
            assertTrue(page.html().startsWith("<!DOCTYPE html>"));
        }
        assertEquals(400, simulator.deviceDataCollection.collect(token, Simulator.NOW.plusSeconds(3600)).status(),
                "expired");
        assertFalse(simulator.authentications.session(setup.getString("reference_id")).orElseThrow().hasDeviceData());
    }

    @Test
    void refusesAStepUpToken() {
        String stepUpToken = Simulator.auth(simulator.enroll("4000000000002503")).getString("access_token");
        assertEquals(400, simulator.deviceDataCollection.collect(stepUpToken, Simulator.NOW).status());
    }

    @Test
    void refusesAForgottenSession() {
        String token = simulator.tokens.forDeviceDataCollection("never-opened", Simulator.NOW);
        HtmlAnswer page = simulator.deviceDataCollection.collect(token, Simulator.NOW);
        assertEquals(400, page.status());
        assertTrue(page.html().contains("Unknown session"));
    }
}
