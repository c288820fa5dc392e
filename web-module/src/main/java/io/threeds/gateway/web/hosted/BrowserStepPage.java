package io.threeds.gateway.web.hosted;

import io.threeds.gateway.provider.BrowserAction;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hosted page for one browser step: a form that takes the step to the provider, submitted by a
 * nonce'd script, with a visible button for browsers without script. The form targets the whole
 * window (full-page redirects), the hosted page itself, or an iframe inside it (hidden for a 3DS
 * Method or device data collection, sized by the EMV window size for a challenge). A step with a time
 * budget also tells the gateway when the budget ran out ({@code timeout=true} to {@code method-complete}),
 * and a step that answers by {@code postMessage} has its message relayed there ({@code message=...}).
 * A GET step keeps the URL's query as hidden fields, since a GET form replaces the action's query.
 */
final class BrowserStepPage {
    private static final Map<String, String> WINDOW_SIZES = Map.of("01", "w250", "02", "w390", "03", "w500",
            "04", "w600", "05", "wfull");

    private BrowserStepPage() {
    }

    static String render(BrowserAction action, String nonce, String callbackUrl) {
        String target = switch (action.target()) {
            case "TOP_WINDOW" -> "_top";
            case "HIDDEN_IFRAME", "VISIBLE_IFRAME" -> "step";
            default -> "_self";
        };
        String frame = switch (action.target()) {
            case "HIDDEN_IFRAME" -> "<iframe name=\"step\" title=\"Card check\" class=\"hidden\"></iframe>";
            case "VISIBLE_IFRAME" -> "<iframe name=\"step\" title=\"Your bank's verification\" class=\"frame "
                    + (action.windowSize() == null ? "w390" : WINDOW_SIZES.getOrDefault(action.windowSize(), "w390")) + "\"></iframe>";
            default -> "";
        };
        // Sent into the step's own frame, so that the gateway's answer moves the hosted page on exactly as
        // the provider's callback would have.
        String timeout = action.timeoutMs() == null ? "" : form("timeout", "post", callbackUrl, target,
                Map.of("timeout", "true"), false);
        String timer = action.timeoutMs() == null ? ""
                : "setTimeout(function(){document.getElementById('timeout').submit();}," + action.timeoutMs() + ");";
        String relay = action.relayMessages() ? form("relay", "post", callbackUrl, target, Map.of("message", ""),
                false) : "";
        String listener = !action.relayMessages() ? "" : "window.addEventListener('message',function(e){"
                + "if(e.origin!=='" + Html.escape(origin(action.url())) + "')return;"
                + "var f=document.getElementById('relay');"
                + "f.elements.message.value=typeof e.data==='string'?e.data:JSON.stringify(e.data);f.submit();});";
        return page(nonce, "Verifying your payment",
                "<p>Your bank needs to confirm this payment. This takes a moment.</p>"
                        + form("step", "GET".equals(action.method()) ? "get" : "post", action.url(), target,
                        action.fields(), true)
                        + frame + timeout + relay,
                listener + "document.getElementById('step').submit();" + timer);
    }

    /**
     * The answer to a callback that arrived inside the hosted page's iframe: it moves the hosted page
     * (the iframe's parent) on, to the next step or to the merchant.
     */
    static String moveParent(String url, String nonce) {
        return page(nonce, "Continuing", "<p>Continuing with your payment.</p>"
                + form("next", "get", url, "_parent", Map.of(), true), "document.getElementById('next').submit();");
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    static String message(String title, String text) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.escape(title)
                + "</title></head><body><main><h1>" + Html.escape(title) + "</h1><p>" + Html.escape(text)
                + "</p></main></body></html>";
    }

    private static String page(String nonce, String title, String body, String script) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + "</title>"
                + "<style nonce=\"" + nonce + "\">body{font-family:system-ui,sans-serif;margin:2rem auto;"
                + "max-width:40rem;padding:0 1rem;color:#1b1b1b}button{font-size:1rem;padding:.5rem 1rem}"
                + ".hidden{display:none}.frame{border:1px solid #ccc;display:block;margin-top:1rem;height:400px}"
                + ".w250{width:250px}.w390{width:390px}.w500{width:500px;height:600px}.w600{width:600px}"
                + ".wfull{width:100%;height:80vh}</style>"
                + "</head><body><main><h1>" + Html.escape(title) + "</h1>" + body + "</main>"
                + "<script nonce=\"" + nonce + "\">" + script + "</script></body></html>";
    }

    private static String form(String id, String method, String url, String target, Map<String, String> extra,
                               boolean visible) {
        Map<String, String> fields = new LinkedHashMap<>();
        String action = url;
        URI uri = URI.create(url);
        if ("get".equals(method) && uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                fields.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            action = url.substring(0, url.indexOf('?'));
        }
        fields.putAll(extra);
        StringBuilder html = new StringBuilder("<form id=\"").append(id).append("\" method=\"").append(method)
                .append("\" action=\"").append(Html.escape(action)).append("\" target=\"").append(target).append('"')
                .append(visible ? "" : " class=\"hidden\"").append('>');
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"").append(Html.escape(name))
                .append("\" value=\"").append(Html.escape(value)).append("\">"));
        if (visible) {
            html.append("<button type=\"submit\">Continue</button>");
        }
        return html.append("</form>").toString();
    }
}
