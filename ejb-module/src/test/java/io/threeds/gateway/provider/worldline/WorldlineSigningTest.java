package io.threeds.gateway.provider.worldline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The filter signs the request as it leaves: the content type, date and path actually sent. */
class WorldlineSigningTest {
    private static final WorldlineSignature KEY = new WorldlineSignature("sandbox-key", "sandbox-secret");
    private static final Clock JUNE_3RD = Clock.fixed(Instant.parse("2025-06-03T08:00:00Z"), ZoneOffset.UTC);
    private final WorldlineSigning signing =
            new WorldlineSigning(KEY, "http://localhost:9081/sandbox/worldline/", JUNE_3RD);

    @Test
    void signsTheContentTypeStringTheRequestCarries() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8");
        signing.filter(request("POST", "http://localhost:9081/sandbox/worldline/v1/70417/payments", headers));

        assertEquals("application/json; charset=UTF-8", headers.getFirst(HttpHeaders.CONTENT_TYPE));
        assertEquals("Tue, 03 Jun 2025 08:00:00 GMT", headers.getFirst(HttpHeaders.DATE));
        assertEquals(KEY.authorization("POST", "application/json; charset=UTF-8", "Tue, 03 Jun 2025 08:00:00 GMT",
                "/v1/70417/payments"), headers.getFirst(HttpHeaders.AUTHORIZATION));
    }

    @Test
    void aGetWithoutContentTypeSignsAnEmptyOneAndSendsNone() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        signing.filter(request("GET", "http://localhost:9081/sandbox/worldline/v1/70417/payments/0001", headers));

        assertEquals(null, headers.getFirst(HttpHeaders.CONTENT_TYPE));
        assertEquals(KEY.authorization("GET", "", "Tue, 03 Jun 2025 08:00:00 GMT", "/v1/70417/payments/0001"),
                headers.getFirst(HttpHeaders.AUTHORIZATION));
    }

    @Test
    void aBaseUrlWithoutPathSignsTheWholePath() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        new WorldlineSigning(KEY, "https://world.api-ingenico.com", JUNE_3RD)
                .filter(request("GET", "https://world.api-ingenico.com/v1/70417/payments/0001", headers));
        assertEquals(KEY.authorization("GET", "", "Tue, 03 Jun 2025 08:00:00 GMT", "/v1/70417/payments/0001"),
                headers.getFirst(HttpHeaders.AUTHORIZATION));
    }

    @Test
    void refusesARequestOutsideTheBaseUrl() {
        assertThrows(IllegalStateException.class, () -> signing.filter(
                request("GET", "http://localhost:9081/elsewhere/v1/70417/payments/0001", new MultivaluedHashMap<>())));
    }

    /** The parts of a request context the filter uses; headers hold strings, as their string view shows. */
    private static ClientRequestContext request(String method, String uri, MultivaluedMap<String, Object> headers) {
        return (ClientRequestContext) Proxy.newProxyInstance(ClientRequestContext.class.getClassLoader(),
                new Class<?>[] {ClientRequestContext.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getUri" -> URI.create(uri);
                    case "getHeaders" -> headers;
                    case "getStringHeaders" -> {
                        MultivaluedMap<String, String> strings = new MultivaluedHashMap<>();
                        headers.forEach((name, values) -> values.forEach(value -> strings.add(name, value.toString())));
                        yield strings;
                    }
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }
}
