package io.threeds.gateway.web.hosted;

import io.threeds.gateway.authentication.Ending;

/**
 * The pages a shopper sees when the hosted page has nothing left to run: the authentication ended
 * (verified, not verified, expired), with the way back to the shop, or the request was refused (a
 * page that says nothing about why: the audit trail does).
 */
final class EndPage {
    private EndPage() {
    }

    static String ended(Ending ending, ShopperText text, String nonce) {
        String outcome = "end." + ending.outcome().name();
        return HostedPageLayout.page(text, nonce, text.get(outcome + ".title"), ending.shopper(),
                "<p>" + Html.escape(text.get(outcome + ".text")) + "</p><p><a href=\"" + Html.escape(ending.shopUrl())
                        + "\" target=\"_top\">" + Html.escape(text.get("end.return", ending.shopper().merchantName()))
                        + "</a></p>", "");
    }

    static String refused(ShopperText text, String nonce) {
        return HostedPageLayout.page(text, nonce, text.get("refused.title"), null,
                "<p>" + Html.escape(text.get("refused.text")) + "</p>", "");
    }
}
