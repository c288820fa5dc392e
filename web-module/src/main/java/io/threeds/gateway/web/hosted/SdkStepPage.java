package io.threeds.gateway.web.hosted;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.authentication.Continuation;
import io.threeds.gateway.authentication.HostedStep;
import io.threeds.gateway.model.BrowserAction;
import io.threeds.gateway.provider.SdkPage;
import jakarta.json.JsonObjectBuilder;

/**
 * The hosted page for a browser step that the provider's JavaScript SDK runs (a Songbird-style SDK): the
 * page loads the SDK and runs the provider's script ({@link SdkPage}), which relays the SDK's events to the
 * gateway with {@code fetch}; the gateway answers in JSON with the next step or where to send the shopper.
 */
final class SdkStepPage {
    private SdkStepPage() {
    }

    static String render(HostedStep step, ShopperText text, String nonce) {
        SdkPage sdk = step.sdk();
        // The SDK's script is loaded before the page's own, which starts it.
        return HostedPageLayout.page(text, nonce, text.get("title.verifying"), step.shopper(),
                "<p id=\"progress\" role=\"status\" data-text=\"" + Html.escape(text.get("step.sdk")) + "\"></p>"
                        + "<div id=\"failed\" role=\"alert\" hidden><h2>" + Html.escape(text.get("failed.title"))
                        + "</h2><p>" + Html.escape(text.get("failed.text")) + "</p></div>"
                        + "<script nonce=\"" + nonce + "\" src=\"" + Html.escape(sdk.sdk().toString()) + "\"></script>",
                sdk.script());
    }

    /** What the SDK page's script does after a relayed event. */
    static String next(Continuation continuation) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("next", continuation.done() ? "redirect" : "step")
                .add("url", continuation.url());
        BrowserAction step = continuation.step();
        if (step != null) {
            JsonObjectBuilder fields = Jsonp.createObjectBuilder();
            step.fields().forEach(fields::add);
            json.add("action", Jsonp.createObjectBuilder().add("purpose", step.purpose()).add("method", step.method())
                    .add("url", step.url()).add("fields", fields));
        }
        return json.build().toString();
    }
}
