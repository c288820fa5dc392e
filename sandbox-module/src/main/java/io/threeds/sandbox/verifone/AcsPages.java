package io.threeds.sandbox.verifone;

import static io.threeds.sandbox.HtmlPage.escape;

import io.threeds.sandbox.HtmlPage;
import io.threeds.sandbox.ShopperAnswer;

/**
 * The simulated ACS's pages, as the shopper sees them in Songbird's modal: the one-time-code page (text
 * input {@code otp} labelled "One-time code", buttons {@code action=submit} and {@code action=cancel}, the
 * exit button) and the result page, which carries {@link ValidatedEvent#document()} in a
 * {@code <script type="application/json" id="cardinal-result">} block and posts it, as a JSON string, to
 * the parent window. Every value written is escaped; JSON in the script block has {@code <}, {@code >} and
 * {@code &} as unicode escapes, so no value can close the block.
 */
final class AcsPages {

    private AcsPages() {
    }

    /** The issuer's challenge, as the seed's screen (§1.4.2): merchant VeriFone, phone ending 5329. */
    static String code(Challenge challenge, String formAction, String creq) {
        return HtmlPage.document("Purchase Authentication", """
                <h1>Purchase Authentication</h1>
                <p>We have sent you a text message with a code to your registered mobile number ending in 5329.</p>
                <p>You are paying VeriFone the amount of <strong>%s</strong> (currency %s) using card %s.</p>
                <p class="note">Sandbox: the one-time code is %s.</p>
                <form method="post" action="%s">
                <input type="hidden" name="TransactionId" value="%s">
                <input type="hidden" name="creq" value="%s">
                <label for="otp">One-time code</label>
                <input type="text" id="otp" name="otp" autocomplete="one-time-code" inputmode="numeric" autofocus>
                <p>
                <button type="submit" name="action" value="submit">Submit</button>
                <button type="submit" name="action" value="cancel">Exit</button>
                </p>
                </form>
                """.formatted(escape(major(challenge.amount())), escape(challenge.currencyCode()),
                escape(challenge.maskedCard()), ShopperAnswer.CODE, escape(formAction),
                escape(challenge.transactionId()), escape(creq)));
    }

    /** The end of the challenge: the validated data and JWT, handed to songbird.js in the parent window. */
    static String result(ValidatedEvent event) {
        return HtmlPage.document("Authentication complete", """
                <h1>Authentication complete</h1>
                <p>You can return to the merchant.</p>
                <script type="application/json" id="cardinal-result">%s</script>
                <script>
                (function () {
                  var result = JSON.parse(document.getElementById("cardinal-result").textContent);
                  window.parent.postMessage(JSON.stringify(result), "*");
                })();
                </script>
                """.formatted(scriptJson(event.document().toString())));
    }

    static String message(String title, String text) {
        return HtmlPage.document(title, "<h1>%s</h1>\n<p>%s</p>".formatted(escape(title), escape(text)));
    }

    /** JSON safe inside a script element: these characters only occur within its strings. */
    static String scriptJson(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** Minor units as the screen shows them: {@code 1000} is {@code 10.00}. */
    private static String major(int amount) {
        return "%d.%02d".formatted(amount / 100, amount % 100);
    }
}
