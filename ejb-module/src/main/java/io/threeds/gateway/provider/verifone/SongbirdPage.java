package io.threeds.gateway.provider.verifone;

import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.model.HostedPageUrls;
import io.threeds.gateway.provider.SdkPage;
import java.net.URI;

/**
 * The hosted page's script for Songbird (PROVIDERS.md §1.4): it starts Songbird with the JWT, profiles
 * the BIN (none when the card was encrypted in the shopper's browser and the gateway does not know it),
 * and relays Songbird's events to the callbacks with {@code fetch}; the gateway answers with the next
 * step (a {@code Cardinal.continue} challenge on the same page, which must keep Songbird's session) or
 * where to send the shopper. Songbird styles its own modal from its script ({@code element.style.cssText}),
 * which is why the hosted page's CSP allows inline styles for an SDK step.
 */
final class SongbirdPage {
    private SongbirdPage() {
    }

    static SdkPage of(URI songbird, BrowserAction action, HostedPageUrls urls) {
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
                """.formatted(js(urls.callbacks()), js(action.fields().get("bin")), js(action.fields().get("jwt")));
        return new SdkPage(songbird, script);
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
