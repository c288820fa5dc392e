package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.stream.Stream;

/** The provider simulators' own control endpoints (SANDBOX.md): what they received, and faults. */
final class Sandbox {
    /** The simulators' own origin, another than the gateway's, as a real provider's is. */
    static final String URL = System.getProperty("sandbox.url", "http://localhost:9081");

    private Sandbox() {
    }

    /** The last 500 API calls the simulator received, newest first. */
    static Stream<JsonObject> calls(String provider) {
        return Gateway.get(URL + "/sandbox/" + provider + "/calls?limit=500", null).json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject);
    }

    /** How many API calls the simulator received for one merchant reference. */
    static long callsFor(String provider, String merchantReference) {
        return calls(provider).filter(call -> merchantReference.equals(call.getString("merchantReference", null)))
                .count();
    }

    /** How many API calls the simulator received (of its last 500) on a path ending so. */
    static long callsTo(String provider, String pathEnd) {
        return calls(provider).filter(call -> call.getString("path", "").endsWith(pathEnd)).count();
    }

    /** What verifone.js hands a merchant's page for a card: the card encrypted for the sandbox's key. */
    static String encryptCardForVerifone(String number) {
        Gateway.Answer encrypted = Gateway.postJson(URL + "/sandbox/verifone/secure-card-capture/encrypt", null,
                "{\"cardNumber\":\"" + number + "\",\"expiryMonth\":12,\"expiryYear\":2030,\"cvv\":\"123\"}");
        assertEquals(200, encrypted.status(), encrypted.body());
        return encrypted.json().getString("encryptedCard");
    }

    static void fault(String provider, String json) {
        Gateway.send(Gateway.request(URL + "/sandbox/" + provider + "/faults", null).header("Content-Type",
                "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static void clearFaults(String provider) {
        Gateway.send(Gateway.request(URL + "/sandbox/" + provider + "/faults", null).DELETE());
    }
}
