package io.threeds.gateway.web.hosted;

import io.threeds.gateway.provider.BrowserAction;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hosted page for one browser step: a form that takes the shopper's browser to the provider,
 * submitted by a nonce'd script, with a visible button for browsers without script. A GET step keeps
 * the URL's query as hidden fields (a GET form replaces the action's query string).
 */
final class BrowserStepPage {
    private BrowserStepPage() {
    }

    static String render(BrowserAction action, String nonce) {
        URI url = URI.create(action.url());
        Map<String, String> fields = new LinkedHashMap<>();
        String formAction = action.url();
        if ("GET".equals(action.method()) && url.getRawQuery() != null) {
            for (String pair : url.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
            formAction = action.url().substring(0, action.url().indexOf('?'));
        }
        fields.putAll(action.fields());
        StringBuilder inputs = new StringBuilder();
        fields.forEach((name, value) -> inputs.append("<input type=\"hidden\" name=\"").append(Html.escape(name))
                .append("\" value=\"").append(Html.escape(value)).append("\">"));
        String target = "TOP_WINDOW".equals(action.target()) ? "_top" : "_self";
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Verifying your payment</title>"
                + "<style nonce=\"" + nonce + "\">body{font-family:system-ui,sans-serif;margin:3rem auto;"
                + "max-width:32rem;padding:0 1rem;color:#1b1b1b}button{font-size:1rem;padding:.5rem 1rem}</style>"
                + "</head><body><main><h1>Verifying your payment</h1>"
                + "<p>Your bank needs to confirm this payment. You are being taken to its page.</p>"
                + "<form id=\"step\" method=\"" + ("GET".equals(action.method()) ? "get" : "post")
                + "\" action=\"" + Html.escape(formAction) + "\" target=\"" + target + "\">" + inputs
                + "<button type=\"submit\">Continue</button></form></main>"
                + "<script nonce=\"" + nonce + "\">document.getElementById('step').submit();</script>"
                + "</body></html>";
    }

    static String message(String title, String text) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.escape(title)
                + "</title></head><body><main><h1>" + Html.escape(title) + "</h1><p>" + Html.escape(text)
                + "</p></main></body></html>";
    }
}
