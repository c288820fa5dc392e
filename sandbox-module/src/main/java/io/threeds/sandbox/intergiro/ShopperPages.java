package io.threeds.sandbox.intergiro;

import static io.threeds.sandbox.HtmlPage.escape;

import io.threeds.sandbox.HtmlPage;
import io.threeds.sandbox.ShopperAnswer;
import java.util.Map;

/**
 * The pages the shopper's browser gets from the ACS and the antifraud redirector. Each is one form a
 * headless browser can drive and an HTTP client can parse: the one-time-code page has a text input
 * {@code otp} labelled "One-time code" and buttons {@code action=submit} and {@code action=cancel}; the
 * auto-post pages submit themselves by script and show a "Continue" button for clients without one.
 * Every value written is escaped.
 */
final class ShopperPages {

    private ShopperPages() {
    }

    /** A page that posts {@code fields} (in their map's order) to {@code action} at once. */
    static String autoPost(String title, String action, Map<String, String> fields) {
        return HtmlPage.document(title, """
                <h1>%s</h1>
                <p>Please wait, you are being taken back to the shop.</p>
                <form id="continue" method="post" action="%s">
                %s<button type="submit">Continue</button>
                </form>
                <script>document.getElementById("continue").submit();</script>
                """.formatted(escape(title), escape(action), hidden(fields)));
    }

    /**
     * The challenge (3-D Secure 2) or password (1.0) page.
     *
     * @param fields hidden fields the answer carries back (the {@code creq}; or {@code PaReq}, {@code TermUrl}, {@code MD})
     */
    static String oneTimeCode(String title, Cycle cycle, String version, String action, Map<String, String> fields) {
        return HtmlPage.document(title, """
                <h1>Confirm your payment</h1>
                <p>Merchant <strong>%s</strong> asks you to confirm a payment of <strong>%s</strong> with card %s.</p>
                <p class="note">%s. Sandbox: the one-time code is %s.</p>
                <form method="post" action="%s">
                %s<label for="otp">One-time code</label>
                <input type="text" id="otp" name="otp" autocomplete="one-time-code" inputmode="numeric" autofocus>
                <p>
                <button type="submit" name="action" value="submit">Submit</button>
                <button type="submit" name="action" value="cancel">Cancel</button>
                </p>
                </form>
                """.formatted(escape(AuthorizationDocument.MERCHANT), escape(cycle.purchase().toString()),
                escape(cycle.card().masked()), escape(version), ShopperAnswer.CODE, escape(action), hidden(fields)));
    }

    static String message(String title, String text) {
        return HtmlPage.document(title, "<h1>%s</h1>\n<p>%s</p>".formatted(escape(title), escape(text)));
    }

    private static String hidden(Map<String, String> fields) {
        StringBuilder html = new StringBuilder();
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"%s\" value=\"%s\">\n"
                .formatted(escape(name), escape(value))));
        return html.toString();
    }
}
