package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A shopper's browser without JavaScript: it follows redirects and submits the pages' forms as a
 * browser would (hidden fields as they are, a one-time code typed in, the chosen button), until it
 * is sent to the merchant's returnUrl.
 */
final class Shopper {
    private final String returnUrlPrefix;

    Shopper(String returnUrlPrefix) {
        this.returnUrlPrefix = returnUrlPrefix;
    }

    /** Opens the hosted page and answers the issuer with {@code code}, or cancels when it is null. */
    URI authenticate(String hostedPageUrl, String code) {
        return continueFrom(Gateway.get(hostedPageUrl, null), code);
    }

    /** Goes on from a page the test reached itself (after doing a step no form can do: a postMessage). */
    URI continueFrom(Gateway.Answer first, String code) {
        Gateway.Answer page = first;
        for (int step = 0; step < 20; step++) {
            if (page.status() == 302 || page.status() == 303) {
                String location = page.header("Location");
                URI next = URI.create(page.response().uri().toString()).resolve(location);
                if (next.toString().startsWith(returnUrlPrefix)) {
                    return next;
                }
                page = Gateway.get(next.toString(), null);
                continue;
            }
            assertEquals(200, page.status(), "unexpected page " + page.response().uri() + ": " + page.body());
            URI leaving = leavingFor(page);
            if (leaving != null) {
                return leaving;
            }
            page = submit(page, code);
        }
        return fail("the shopper never got back to the merchant");
    }

    /** A page whose form sends the shopper to the merchant (a browser would leave the gateway there). */
    private URI leavingFor(Gateway.Answer page) {
        Element form = Jsoup.parse(page.body(), page.response().uri().toString()).selectFirst("form");
        if (form == null || !form.absUrl("action").startsWith(returnUrlPrefix)) {
            return null;
        }
        String query = form.select("input[type=hidden]").stream()
                .map(input -> enc(input.attr("name")) + "=" + enc(input.attr("value")))
                .collect(Collectors.joining("&"));
        return URI.create(form.absUrl("action") + (query.isEmpty() ? "" : "?" + query));
    }

    static Gateway.Answer submit(Gateway.Answer page, String code) {
        Document html = Jsoup.parse(page.body(), page.response().uri().toString());
        Element form = html.selectFirst("form");
        assertNotNull(form, "no form on " + page.response().uri() + ": " + page.body());
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input")) {
            String type = input.attr("type");
            if (type.equals("hidden")) {
                fields.put(input.attr("name"), input.attr("value"));
            } else if (type.equals("text") || type.equals("password") || type.isEmpty()) {
                fields.put(input.attr("name"), code == null ? "" : code);
            }
        }
        Element button = chooseButton(form, code);
        if (button != null && button.hasAttr("name")) {
            fields.put(button.attr("name"), button.attr("value"));
        }
        String action = form.absUrl("action");
        String encoded = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        if (form.attr("method").equalsIgnoreCase("post")) {
            return Gateway.send(Gateway.request(action, null).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(encoded)));
        }
        return Gateway.get(action + (action.contains("?") ? "&" : "?") + encoded, null);
    }

    private static Element chooseButton(Element form, String code) {
        for (Element button : form.select("button, input[type=submit]")) {
            boolean cancel = button.attr("value").toLowerCase().contains("cancel")
                    || button.text().toLowerCase().contains("cancel");
            if (cancel == (code == null)) {
                return button;
            }
        }
        return form.selectFirst("button, input[type=submit]");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
