package io.threeds.sandbox.paysafe;

import static io.threeds.sandbox.HtmlPage.escape;

import io.threeds.sandbox.HtmlPage;
import io.threeds.sandbox.ShopperAnswer;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * The simulated issuer ACS's pages, as the shopper sees them: the one-time-code page, and the page that
 * posts the PaRes and {@code MD} back to the merchant's {@code TermUrl}. Each is one form a headless
 * browser can fill in and an HTTP client can parse: the code page has a text input {@code otp} and
 * buttons {@code action=submit} and {@code action=cancel}; the return page submits itself by script and
 * shows a "Continue" button for clients without one. Every value written is escaped.
 */
final class AcsPages {

    private AcsPages() {
    }

    /** The password page of 3-D Secure 1.0, answered to {@code formAction} with the PaReq, TermUrl and MD. */
    static String code(PaReq request, EnrolledCard card, String formAction, String paReq, String termUrl, String md) {
        return HtmlPage.document("3-D Secure 1.0 password", """
                <h1>Card security check</h1>
                <p>Merchant <strong>%s</strong> asks you to confirm a payment of <strong>%s</strong> with card %s.</p>
                <p class="note">3-D Secure 1.0.2. Sandbox: the one-time code is %s.</p>
                <form method="post" action="%s">
                %s%s%s<label for="otp">One-time code</label>
                <input type="text" id="otp" name="otp" autocomplete="one-time-code" inputmode="numeric" autofocus>
                <p>
                <button type="submit" name="action" value="submit">Submit</button>
                <button type="submit" name="action" value="cancel">Cancel</button>
                </p>
                </form>
                """.formatted(escape(request.merchantName()), escape(request.amount()), escape(card.starMasked()),
                ShopperAnswer.CODE, escape(formAction), hidden("PaReq", paReq), hidden("TermUrl", termUrl),
                hidden("MD", md)));
    }

    /** The ACS's last page: posts {@code PaRes} and {@code MD} to the merchant's {@code TermUrl}. */
    static String backToMerchant(String termUrl, String paRes, String md) {
        return HtmlPage.document("Returning to the merchant", """
                <h1>Please wait</h1>
                <p>Your bank has checked this payment. You are being taken back to the merchant.</p>
                <form id="pares" method="post" action="%s">
                %s%s<button type="submit">Continue</button>
                </form>
                <script>document.getElementById("pares").submit();</script>
                """.formatted(escape(termUrl), hidden("PaRes", paRes), hidden("MD", md)));
    }

    static String message(String title, String text) {
        return HtmlPage.document(title, "<h1>%s</h1>\n<p>%s</p>".formatted(escape(title), escape(text)));
    }

    /**
     * The page as UTF-8 bytes: JAX-RS on Liberty (RESTEasy) HTML-escapes a {@code String} entity of a 400
     * {@code text/html} answer, which would show the refusal pages as markup.
     */
    static Response response(Response.Status status, String html) {
        return Response.status(status).entity(html.getBytes(StandardCharsets.UTF_8)).type(HtmlPage.MEDIA_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    static Response invalid(String text) {
        return response(Response.Status.BAD_REQUEST, message("Invalid request", text));
    }

    static Response alreadyCompleted() {
        return response(Response.Status.BAD_REQUEST,
                message("Already completed", "The issuer has already answered this authentication."));
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"%s\" value=\"%s\">\n".formatted(escape(name), escape(value));
    }
}
