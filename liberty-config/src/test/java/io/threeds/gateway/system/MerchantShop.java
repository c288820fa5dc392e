package io.threeds.gateway.system;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** The merchant's checkout page the shopper lands on after 3-D Secure, on a free local port. */
final class MerchantShop implements AutoCloseable {
    private final HttpServer server;

    MerchantShop() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/checkout/done", exchange -> {
            byte[] page = ("<!doctype html><html><head><title>Order confirmed</title></head><body><h1>Thank you"
                    + "</h1><p id=\"query\">" + exchange.getRequestURI().getRawQuery() + "</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
    }

    String returnUrl() {
        return "http://localhost:" + server.getAddress().getPort() + "/checkout/done";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
