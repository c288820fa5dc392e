package io.threeds.gateway.web.hosted;

import io.threeds.gateway.authentication.ShopperView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame every hosted page shares: the document in the shopper's language, who is paid (the
 * merchant's name, logo and colour) and how much above the step, and the style sheet
 * ({@code hosted-page.css}) inlined under the page's CSP nonce, so that rendering fetches nothing.
 */
final class HostedPageLayout {
    private static final String STYLE = styleSheet();

    private HostedPageLayout() {
    }

    /** {@code shopper} may be null (a page that knows no payment); {@code script} may be empty. */
    static String page(ShopperText text, String nonce, String title, ShopperView shopper, String body,
                       String script) {
        return "<!doctype html><html lang=\"" + Html.escape(text.lang()) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"referrer\" content=\"no-referrer\">"
                + "<title>" + Html.escape(title) + "</title>"
                + "<style nonce=\"" + nonce + "\">" + STYLE + accent(shopper) + "</style></head><body>"
                + (shopper == null ? "" : payee(text, shopper))
                + "<main><h1>" + Html.escape(title) + "</h1>" + body + "</main>"
                + (script.isEmpty() ? "" : "<script nonce=\"" + nonce + "\">" + script + "</script>")
                + "</body></html>";
    }

    private static String payee(ShopperText text, ShopperView shopper) {
        return "<header class=\"payee\">"
                + (shopper.logo() == null ? ""
                : "<img class=\"logo\" alt=\"\" src=\"" + Html.escape(shopper.logo()) + "\">")
                + "<p>" + Html.escape(text.get("payee", shopper.merchantName())) + "</p>"
                + "<p>" + Html.escape(text.get("amount")) + " <strong>"
                + Html.escape(text.amount(shopper.amountValue(), shopper.currency())) + "</strong></p></header>";
    }

    /** The merchant's colour on the line under its name and on the progress spinner (checked as #rrggbb). */
    private static String accent(ShopperView shopper) {
        return shopper == null || shopper.accentColor() == null || !shopper.accentColor().matches("#[0-9a-fA-F]{6}")
                ? "" : ".payee{border-bottom-color:" + shopper.accentColor() + "}.spinner{border-top-color:"
                + shopper.accentColor() + "}";
    }

    private static String styleSheet() {
        try (InputStream css = HostedPageLayout.class.getResourceAsStream("hosted-page.css")) {
            return new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
