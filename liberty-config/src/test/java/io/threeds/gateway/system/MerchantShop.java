package io.threeds.gateway.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * The merchant's shop on a free local port: the payment page where verifone.js encrypts the card the
 * shopper types (its output shown in {@code #encrypted}, for the merchant's back end), and the checkout
 * page the shopper lands on after 3-D Secure, and its logo for the hosted page's branding.
 */
final class MerchantShop implements AutoCloseable {
    private static final String PAY_PAGE = """
            <!doctype html><html><head><title>Pay</title>
            <script src="%s/sandbox/verifone/verifone.js"></script></head><body>
            <form id="pay"><input name="number"><input name="cvv"><button>Pay</button></form>
            <output id="encrypted"></output>
            <script>
              document.getElementById('pay').addEventListener('submit', function (event) {
                event.preventDefault();
                var form = event.target;
                verifone.getEncryptedCardDetails({cardNumber: form.number.value, expiryMonth: 12, expiryYear: 2030,
                    cvv: form.cvv.value}, 'sandbox-key-1').then(function (result) {
                  document.getElementById('encrypted').textContent = result.encryptedCard;
                });
              });
            </script></body></html>""".formatted(Sandbox.URL);
    private final HttpServer server;

    MerchantShop() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/checkout/done", exchange -> page(exchange, "<!doctype html><html><head><title>Order"
                + " confirmed</title></head><body><h1>Thank you</h1><p id=\"query\">"
                + exchange.getRequestURI().getRawQuery() + "</p></body></html>"));
        server.createContext("/checkout/pay", exchange -> page(exchange, PAY_PAGE));
        server.createContext("/logo.png", exchange -> {
            byte[] logo = logo();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, logo.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(logo);
            }
        });
        server.start();
    }

    private static void page(HttpExchange exchange, String html) throws IOException {
        byte[] page = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, page.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
        }
    }

    /** The shop's logo: a 120x40 PNG in the shop's colour. */
    private static byte[] logo() throws IOException {
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x7a, 0x1f, 0xa2));
        graphics.fillRect(0, 0, 120, 40);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    String logoUrl() {
        return "http://localhost:" + server.getAddress().getPort() + "/logo.png";
    }

    String payUrl() {
        return "http://localhost:" + server.getAddress().getPort() + "/checkout/pay";
    }

    String returnUrl() {
        return "http://localhost:" + server.getAddress().getPort() + "/checkout/done";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
