package io.threeds.gateway.web.hosted;

import io.threeds.gateway.authentication.HostedStep;
import io.threeds.gateway.model.BrowserAction;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hosted page for one browser step: a form that takes the step to the provider, submitted by a
 * nonce'd script. The form targets the whole
 * window (full-page redirects), the hosted page itself, or an iframe inside it (hidden for a 3DS
 * Method or device data collection, sized by the EMV window size for a challenge). A step with a time
 * budget also tells the gateway when the budget ran out ({@code timeout=true} to {@code method-complete}),
 * and a step that answers by {@code postMessage} has its message relayed there ({@code message=...}).
 * While a hidden or full-page step runs the page says so in a live region (with the step's time budget);
 * the Continue button exists only inside {@code noscript}.
 * A GET step keeps the URL's query as hidden fields, since a GET form replaces the action's query.
 */
final class BrowserStepPage {
    private static final Map<String, String> WINDOW_SIZES = Map.of("01", "w250", "02", "w390", "03", "w500",
            "04", "w600", "05", "wfull");
    private static final String SHOW_PROGRESS = "var p=document.getElementById('progress');"
            + "if(p){p.textContent=p.getAttribute('data-text');"
            + "document.getElementById('spinner').classList.remove('hidden');}";

    private BrowserStepPage() {
    }

    static String render(HostedStep step, ShopperText text, String nonce) {
        BrowserAction action = step.action();
        String callbackUrl = step.urls().methodComplete();
        String target = switch (action.target()) {
            case "TOP_WINDOW" -> "_top";
            case "HIDDEN_IFRAME", "VISIBLE_IFRAME" -> "step";
            default -> "_self";
        };
        String frame = switch (action.target()) {
            case "HIDDEN_IFRAME" -> "<iframe name=\"step\" title=\"" + Html.escape(text.get("frame.hidden"))
                    + "\" class=\"hidden\"></iframe>";
            case "VISIBLE_IFRAME" -> "<iframe name=\"step\" title=\"" + Html.escape(text.get("frame.challenge"))
                    + "\" class=\"frame " + WINDOW_SIZES.getOrDefault(String.valueOf(action.windowSize()), "w390")
                    + "\"></iframe>";
            default -> "";
        };
        // Sent into the step's own frame, so that the gateway's answer moves the hosted page on exactly as
        // the provider's callback would have.
        String timeout = action.timeoutMs() == null ? "" : form("timeout", "post", callbackUrl, target,
                Map.of("timeout", "true"), null);
        String timer = action.timeoutMs() == null ? ""
                : "setTimeout(function(){document.getElementById('timeout').submit();}," + action.timeoutMs() + ");";
        String relay = action.relayMessages() ? form("relay", "post", callbackUrl, target, Map.of("message", ""),
                null) : "";
        String listener = !action.relayMessages() ? "" : "window.addEventListener('message',function(e){"
                + "if(e.origin!=='" + Html.escape(origin(action.url())) + "')return;"
                + "var f=document.getElementById('relay');"
                + "f.elements.message.value=typeof e.data==='string'?e.data:JSON.stringify(e.data);f.submit();});";
        return HostedPageLayout.page(text, nonce, text.get("title.verifying"), step.shopper(),
                ("VISIBLE_IFRAME".equals(action.target()) ? "<p>" + Html.escape(text.get("step.challenge")) + "</p>"
                        : progress(waitingFor(action, text)))
                        + form("step", "GET".equals(action.method()) ? "get" : "post", action.url(), target,
                        action.fields(), text)
                        + frame + timeout + relay,
                listener + "document.getElementById('step').submit();" + timer + SHOW_PROGRESS);
    }

    /** What the shopper waits for while a step they cannot see runs: a hidden frame (its budget), or their bank. */
    private static String waitingFor(BrowserAction action, ShopperText text) {
        if (!"HIDDEN_IFRAME".equals(action.target())) {
            return text.get("step.redirect");
        }
        return action.timeoutMs() == null ? text.get("step.hidden")
                : text.get("step.hidden.budget", (action.timeoutMs() + 999) / 1000);
    }

    /**
     * The answer to a callback that arrived inside the hosted page's iframe: it moves the hosted page
     * (the iframe's parent) on, to the next step or to the merchant.
     */
    static String moveParent(String url, ShopperText text, String nonce) {
        return HostedPageLayout.page(text, nonce, text.get("continuing.title"), null,
                progress(text.get("continuing.text")) + form("next", "get", url, "_parent", Map.of(), text),
                "document.getElementById('next').submit();" + SHOW_PROGRESS);
    }

    /**
     * A live region that says what runs while the shopper waits; the script fills it in once the step has
     * started, so that screen readers announce it (and a browser without script shows the form's words).
     */
    private static String progress(String doing) {
        return "<div class=\"progress\"><span id=\"spinner\" class=\"spinner hidden\" aria-hidden=\"true\"></span>"
                + "<p id=\"progress\" role=\"status\" data-text=\"" + Html.escape(doing) + "\"></p></div>";
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    /** A form; {@code text} null for one only script submits, else it has a Continue button for no-script. */
    private static String form(String id, String method, String url, String target, Map<String, String> extra,
                               ShopperText text) {
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
                .append(text == null ? " class=\"hidden\"" : "").append('>');
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"").append(Html.escape(name))
                .append("\" value=\"").append(Html.escape(value)).append("\">"));
        if (text != null) {
            html.append("<noscript><p>").append(Html.escape(text.get("noscript"))).append("</p>")
                    .append("<button type=\"submit\">").append(Html.escape(text.get("continue")))
                    .append("</button></noscript>");
        }
        return html.append("</form>").toString();
    }
}
