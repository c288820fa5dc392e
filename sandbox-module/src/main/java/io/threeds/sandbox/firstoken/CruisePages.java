package io.threeds.sandbox.firstoken;

import static io.threeds.sandbox.HtmlPage.escape;

import io.threeds.sandbox.HtmlPage;
import io.threeds.sandbox.Jsonp;
import io.threeds.sandbox.ShopperAnswer;
import java.net.URI;
import java.util.Map;

/**
 * Cardinal's Cruise pages as the shopper's browser gets them: device data collection, the step-up's
 * one-time-code page and the form that takes the shopper back to the merchant. Every value written is
 * escaped; scripts read their data from escaped attributes, never from values spliced into code. The
 * page that submits itself by script also shows its "Continue" button, for clients without one.
 */
final class CruisePages {

    private CruisePages() {
    }

    /** Where a page lives: {@code http://host:port/sandbox/} and {@code firstoken/V1/Cruise/Collect}. */
    static URI at(URI base, String path) {
        String root = base.toString();
        return URI.create(root.endsWith("/") ? root + path : root + "/" + path);
    }

    /**
     * Device data collection, in the merchant's hidden iframe: after {@code delayMs} it tells the parent
     * window {@code {"MessageType":"profile.completed","SessionId":"<reference_id>","Status":true}}, as a
     * JSON string, as Cardinal does.
     */
    static String deviceDataCollection(String referenceId, long delayMs) {
        String message = Jsonp.createObjectBuilder()
                .add("MessageType", "profile.completed")
                .add("SessionId", referenceId)
                .add("Status", true)
                .build().toString();
        return HtmlPage.document("Device data collection", """
                <h1>Collecting device data</h1>
                <p class="note">Sandbox: profiling session %s.</p>
                <div id="profile" data-message="%s" data-delay="%d" hidden></div>
                <script>
                (function () {
                  var profile = document.getElementById("profile");
                  var message = JSON.parse(profile.getAttribute("data-message"));
                  setTimeout(function () {
                    window.parent.postMessage(JSON.stringify(message), "*");
                  }, Number(profile.getAttribute("data-delay")));
                })();
                </script>
                """.formatted(escape(referenceId), escape(message), delayMs));
    }

    /** The issuer's challenge: a one-time code, submit or cancel, posting back with the JWT and MD. */
    static String stepUp(StepUp stepUp, String formAction, String jwt, String md) {
        String version = AuthenticationIds.VERSION_1.equals(stepUp.ids().specificationVersion())
                ? "3-D Secure 1.0.2. " : "";
        return HtmlPage.document("3-D Secure authentication", """
                <h1>Confirm your payment</h1>
                <p>Confirm a payment of <strong>%s</strong> with card %s.</p>
                <p class="note">%sSandbox: the one-time code is %s.</p>
                <form method="post" action="%s">
                %s<label for="otp">One-time code</label>
                <input type="text" id="otp" name="otp" autocomplete="one-time-code" inputmode="numeric" autofocus>
                <p>
                <button type="submit" name="action" value="submit">Submit</button>
                <button type="submit" name="action" value="cancel">Cancel</button>
                </p>
                </form>
                """.formatted(escape(stepUp.amount().display()), escape(stepUp.maskedCard()), version,
                ShopperAnswer.CODE, escape(formAction), hidden(Map.of("JWT", jwt, "MD", md == null ? "" : md))));
    }

    /** The end of the step-up: {@code TransactionId} and {@code MD} posted to the merchant's return URL. */
    static String backToMerchant(String returnUrl, String transactionId, String md) {
        return HtmlPage.document("Returning to the merchant", """
                <h1>Please wait</h1>
                <p>You are being taken back to the merchant.</p>
                <form id="return" method="post" action="%s">
                %s<button type="submit">Continue</button>
                </form>
                <script>document.getElementById("return").submit();</script>
                """.formatted(escape(returnUrl),
                hidden(Map.of("TransactionId", transactionId, "MD", md == null ? "" : md))));
    }

    static String message(String title, String text) {
        return HtmlPage.document(title, "<h1>%s</h1>\n<p>%s</p>".formatted(escape(title), escape(text)));
    }

    private static String hidden(Map<String, String> fields) {
        StringBuilder html = new StringBuilder();
        fields.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(field -> html.append(
                "<input type=\"hidden\" name=\"%s\" value=\"%s\">\n".formatted(escape(field.getKey()),
                        escape(field.getValue()))));
        return html.toString();
    }
}
