package io.threeds.gateway.merchant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MerchantLogoTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        serve("/logo.png", 200, PNG);
        serve("/logo.svg", 200, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8));
        byte[] big = Arrays.copyOf(PNG, MerchantLogo.MAX_BYTES + 1);
        serve("/big.png", 200, big);
        serve("/gone.png", 404, new byte[0]);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPngBecomesADataUriThePageInlines() {
        assertEquals("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG),
                MerchantLogo.fetch(url("/logo.png"), true));
    }

    @Test
    void anythingButASmallRasterImageIsRefusedWithTheReason() {
        assertTrue(refusal("/logo.svg").contains("not a PNG, JPEG, GIF or WebP"));
        assertTrue(refusal("/big.png").contains("larger than 32 KiB"));
        assertTrue(refusal("/gone.png").contains("HTTP 404"));
    }

    @Test
    void outsideTheSandboxOnlyHttpsAndNeverAnInternalAddress() {
        assertThrows(IllegalArgumentException.class, () -> MerchantLogo.fetch(url("/logo.png"), false));
        IllegalArgumentException internal = assertThrows(IllegalArgumentException.class,
                () -> MerchantLogo.fetch("https://127.0.0.1/logo.png", false));
        assertTrue(internal.getMessage().contains("loopback"), internal.getMessage());
    }

    private String refusal(String path) {
        return assertThrows(IllegalArgumentException.class, () -> MerchantLogo.fetch(url(path), true)).getMessage();
    }

    private String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    private void serve(String path, int status, byte[] body) {
        server.createContext(path, exchange -> {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }
}
