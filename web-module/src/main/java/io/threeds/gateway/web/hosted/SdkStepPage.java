package io.threeds.gateway.web.hosted;

import io.threeds.gateway.authentication.Continuation;
import io.threeds.gateway.authentication.HostedStep;
import io.threeds.gateway.model.BrowserAction;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * The hosted page for a provider whose browser side is a JavaScript SDK in Cardinal's style
 * (verifone's Songbird): the page loads the SDK, starts it with the provider's JWT, profiles the BIN
 * (none when the card was encrypted in the shopper's browser and the gateway does not know it),
 * and relays the SDK's events to the gateway with {@code fetch}; the gateway answers in JSON with the
 * next step (a {@code Cardinal.continue} challenge on the same page, which must keep the SDK's session)
 * or where to send the shopper. Steps with method {@code SDK} are rendered here.
 */
final class SdkStepPage {
    private SdkStepPage() {
    }

    static boolean handles(BrowserAction action) {
        return "SDK".equals(action.method());
    }

    static String render(HostedStep step, ShopperText text, String nonce) {
        BrowserAction action = step.action();
        String script = """
                (function () {
                  var base = %s;
                  function post(path, data) {
                    return fetch(base + path, {method: 'POST', credentials: 'omit',
                        headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json'},
                        body: new URLSearchParams(data)}).then(function (r) { return r.json(); });
                  }
                  function failed() {
                    document.getElementById('progress').hidden = true;
                    document.getElementById('failed').hidden = false;
                  }
                  function next(answer) {
                    var step = answer.action;
                    if (answer.next === 'refused') {
                      failed();
                    } else if (answer.next === 'step' && step && step.method === 'SDK' && step.purpose === 'CHALLENGE') {
                      Cardinal.continue('cca', {AcsUrl: step.fields.AcsUrl, Payload: step.fields.Payload},
                          {OrderDetails: {TransactionId: step.fields.TransactionId}});
                    } else {
                      window.location.assign(answer.url);
                    }
                  }
                  Cardinal.configure({logging: {level: 'off'}, payment: {displayExitButton: true}});
                  var bin = %s;
                  var profiled = Promise.resolve();
                  // The lookup waits for BIN profiling, so that the issuer's Method URL has run (000:213-227).
                  Cardinal.on('payments.setupComplete', function (data) {
                    profiled.then(function () { return post('/method-complete', {sessionId: data.sessionId}); })
                        .then(next, failed);
                  });
                  Cardinal.on('payments.validated', function (data, jwt) {
                    post('/challenge-complete', {jwt: jwt || '', actionCode: (data && data.ActionCode) || '',
                        errorNumber: String((data && data.ErrorNumber) || '')}).then(next, failed);
                  });
                  var progress = document.getElementById('progress');
                  progress.textContent = progress.getAttribute('data-text');
                  Cardinal.setup('init', {jwt: %s});
                  if (bin) {
                    profiled = Cardinal.trigger('bin.process', bin).catch(function () {});
                  }
                })();
                """.formatted(js(step.urls().callbacks()), js(action.fields().get("bin")), js(action.fields().get("jwt")));
        // The SDK's script is loaded before the page's own, which starts it.
        return HostedPageLayout.page(text, nonce, text.get("title.verifying"), step.shopper(),
                "<p id=\"progress\" role=\"status\" data-text=\"" + Html.escape(text.get("step.sdk")) + "\"></p>"
                        + "<div id=\"failed\" role=\"alert\" hidden><h2>" + Html.escape(text.get("failed.title"))
                        + "</h2><p>" + Html.escape(text.get("failed.text")) + "</p></div>"
                        + "<script nonce=\"" + nonce + "\" src=\"" + Html.escape(action.url()) + "\"></script>",
                script);
    }

    /** What the SDK page's script does after a relayed event. */
    static String next(Continuation continuation) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("next", continuation.done() ? "redirect" : "step")
                .add("url", continuation.url());
        BrowserAction step = continuation.step();
        if (step != null) {
            JsonObjectBuilder fields = Json.createObjectBuilder();
            step.fields().forEach(fields::add);
            json.add("action", Json.createObjectBuilder().add("purpose", step.purpose()).add("method", step.method())
                    .add("url", step.url()).add("fields", fields));
        }
        return json.build().toString();
    }

    /** A JavaScript string literal that cannot end the script element or the string. */
    private static String js(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("'");
        for (char c : value.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ':' || c == '/') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append('\'').toString();
    }
}
