package io.threeds.sandbox.worldline;

import static io.threeds.sandbox.HtmlPage.escape;

import io.threeds.sandbox.HtmlPage;
import io.threeds.sandbox.ShopperAnswer;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Worldline's pages as the shopper sees them: the 3-D Secure 2 challenge, the redirector and the
 * 3-D Secure 1.0 password page. Each is one form a headless browser can fill in and an HTTP client can
 * parse: a text input {@code otp}, and buttons {@code action=submit} and {@code action=cancel}; the
 * redirector submits itself by script and shows a "Continue" button for clients without one. Every
 * value written is escaped.
 */
final class HostedPages {

    private HostedPages() {
    }

    static String challenge(Payment payment, String formAction) {
        return HtmlPage.document("3-D Secure authentication", """
                <h1>Confirm your payment</h1>
                %s
                <p class="note">Sandbox: the one-time code is %s.</p>
                %s
                """.formatted(purchase(payment), ShopperAnswer.CODE, codeForm(formAction, Map.of())));
    }

    static String password(Payment payment, String formAction) {
        return HtmlPage.document("3-D Secure 1.0 password", """
                <h1>Card security check</h1>
                %s
                <p class="note">3-D Secure 1.0.2. Sandbox: the password is %s.</p>
                %s
                """.formatted(purchase(payment), ShopperAnswer.CODE,
                codeForm(formAction, Map.of("MD", payment.redirect().id()))));
    }

    static String redirector(String formAction, Map<String, String> fields) {
        return HtmlPage.document("Redirecting", """
                <h1>Please wait</h1>
                <p>You are being taken to the next step of your payment.</p>
                <form id="continue" method="post" action="%s">
                %s<button type="submit">Continue</button>
                </form>
                <script>document.getElementById("continue").submit();</script>
                """.formatted(escape(formAction), hidden(fields)));
    }

    static String message(String title, String text) {
        return HtmlPage.document(title, "<h1>%s</h1>\n<p>%s</p>".formatted(escape(title), escape(text)));
    }

    static Response response(Response.Status status, String html) {
        return Response.status(status).entity(html).type(HtmlPage.MEDIA_TYPE).header("Cache-Control", "no-store")
                .build();
    }

    /** The end of Worldline's pages: {@code 303 See Other} to the merchant's {@code returnUrl}. */
    static Response backToMerchant(Payment payment) {
        return Response.seeOther(ReturnUrl.of(payment.order().returnUrl(), payment.redirect().returnMac(),
                payment.id())).header("Cache-Control", "no-store").build();
    }

    static Response notFound() {
        return response(Response.Status.NOT_FOUND,
                message("Unknown payment", "This payment page does not exist or has expired."));
    }

    static Response alreadyCompleted() {
        return response(Response.Status.BAD_REQUEST,
                message("Already completed", "This authentication has already been completed."));
    }

    private static String purchase(Payment payment) {
        Order order = payment.order();
        return "<p>Merchant <strong>%s</strong> asks you to confirm a payment of <strong>%s</strong> with card %s.</p>"
                .formatted(escape(payment.merchantId()), escape(amount(order.amountOfMoney())),
                        escape(order.maskedCard()));
    }

    private static String codeForm(String formAction, Map<String, String> fields) {
        return """
                <form method="post" action="%s">
                %s<label for="otp">One-time code</label>
                <input type="text" id="otp" name="otp" autocomplete="one-time-code" inputmode="numeric" autofocus>
                <p>
                <button type="submit" name="action" value="submit">Submit</button>
                <button type="submit" name="action" value="cancel">Cancel</button>
                </p>
                </form>""".formatted(escape(formAction), hidden(fields));
    }

    private static String hidden(Map<String, String> fields) {
        StringBuilder html = new StringBuilder();
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"%s\" value=\"%s\">\n"
                .formatted(escape(name), escape(value))));
        return html.toString();
    }

    /** {@code {amount: 100, currencyCode: "EUR"}} as {@code 1.00 EUR}: minor units with two decimals. */
    private static String amount(JsonObject money) {
        JsonValue amount = money.get("amount");
        String currency = money.getString("currencyCode", "");
        String value = amount instanceof JsonNumber number
                ? number.bigDecimalValue().movePointLeft(2).toPlainString()
                : "";
        return (value + " " + currency).trim();
    }
}
