package io.threeds.shop;

import io.threeds.client.Authentication;
import io.threeds.client.IdempotentRequests;
import io.threeds.client.InvalidRequest;
import io.threeds.client.NewAuthentication;
import io.threeds.client.ResourceNotFound;
import io.threeds.client.RetryPolicy;
import io.threeds.client.TestCards;
import io.threeds.client.WebhookEvent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checkout: the page, the payment it starts, and the page the shopper comes back to. Nothing here keeps
 * or shows the card number (it goes to the gateway and nowhere else) or the authentication value.
 */
@Path("checkout")
@Produces(MediaType.TEXT_HTML)
public class CheckoutResource {
    /** A few of the sandbox's test cards (SANDBOX.md), offered as suggestions in the card field. */
    private static final Map<String, String> TEST_CARDS = Map.of(
            TestCards.FRICTIONLESS_AUTHENTICATED, "frictionless, authenticated",
            TestCards.FRICTIONLESS_NOT_AUTHENTICATED, "frictionless, not authenticated",
            TestCards.CHALLENGE, "challenge: 1234 passes",
            TestCards.CHALLENGE_FAILS, "challenge that always fails");

    @Inject
    GatewayConnection gateway;

    @Inject
    WebhookInbox webhooks;

    @GET
    public String page() {
        String cards = TEST_CARDS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(card -> "<option value=\"" + card.getKey() + "\">" + Html.escape(card.getValue()) + "</option>")
                .collect(Collectors.joining());
        return Html.page("Checkout", 0, """
                <form method="post" action="/checkout">
                <input type="hidden" name="orderKey" value="%s">
                <label for="amount">Amount (EUR)</label>
                <input id="amount" name="amount" value="10.00" inputmode="decimal" required>
                <label for="cardNumber">Card number</label>
                <input id="cardNumber" name="cardNumber" list="test-cards" inputmode="numeric" autocomplete="cc-number" required>
                <datalist id="test-cards">%s</datalist>
                <label for="expiryMonth">Expiry month</label>
                <input id="expiryMonth" name="expiryMonth" value="12" inputmode="numeric" required>
                <label for="expiryYear">Expiry year</label>
                <input id="expiryYear" name="expiryYear" value="2030" inputmode="numeric" required>
                <label for="holderName">Name on card</label>
                <input id="holderName" name="holderName" value="Jane Doe" autocomplete="cc-name" required>
                <input type="hidden" name="colorDepth"><input type="hidden" name="screenHeight">
                <input type="hidden" name="screenWidth"><input type="hidden" name="timeZoneOffsetMinutes">
                <button>Pay</button>
                </form>
                <script>
                  var form = document.forms[0];
                  form.colorDepth.value = screen.colorDepth;
                  form.screenHeight.value = screen.height;
                  form.screenWidth.value = screen.width;
                  form.timeZoneOffsetMinutes.value = new Date().getTimezoneOffset();
                </script>""".formatted(IdempotentRequests.newKey(), cards));
    }

    /**
     * Starts the order's authentication under the order's key: a retry after a lost answer, or the shopper
     * submitting twice, reaches the same authentication. Then the shopper's browser goes where it must.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(@BeanParam CheckoutForm form, @Context HttpHeaders headers,
                        @Context HttpServletRequest request) {
        NewAuthentication order = NewAuthentication.of(form.merchantReference(), form.amount(), form.card(),
                gateway.returnUrl()).withBrowser(form.browser(headers, request.getRemoteAddr()));
        Authentication started;
        try {
            started = gateway.requests().create(form.orderKey(), order);
        } catch (InvalidRequest refused) {
            String reasons = refused.violations().stream()
                    .map(v -> "<li>" + Html.escape(v.field()) + " " + Html.escape(v.message()) + "</li>")
                    .collect(Collectors.joining());
            return Response.status(Response.Status.BAD_REQUEST).entity(Html.page("Payment refused", 0,
                    "<p>" + Html.escape(refused.detail()) + "</p><ul>" + reasons + "</ul><p><a href=\"/checkout\">"
                    + "Back to the checkout</a></p>")).build();
        }
        if (started.awaitsBrowser() && started.nextAction() != null) {
            return Response.seeOther(URI.create(started.nextAction().url())).build();
        }
        return Response.seeOther(URI.create(gateway.returnUrl() + "?authenticationId=" + started.id())).build();
    }

    /**
     * The return URL: the gateway sends the shopper here with the authentication's id. The result is read
     * from the gateway, never from the URL. The page reloads itself until the authentication is final and
     * its webhook came. (A real shop would first check that the id belongs to this shopper's order.)
     */
    @GET
    @Path("done")
    public Response done(@QueryParam("authenticationId") String id) {
        Response unknown = Response.status(Response.Status.NOT_FOUND)
                .entity(Html.page("Unknown payment", 0, "<p><a href=\"/checkout\">Back to the checkout</a></p>")).build();
        if (id == null || id.isBlank()) {
            return unknown;
        }
        Authentication result;
        try {
            result = RetryPolicy.standard().call(() -> gateway.authentications().get(id));
        } catch (ResourceNotFound notFound) {
            return unknown;
        }
        Optional<WebhookEvent> webhook = webhooks.latest(id);
        boolean waiting = !result.finished() || webhook.isEmpty();
        return Response.ok(Html.page("Payment result", waiting ? 2 : 0, """
                <dl>
                <dt>Order</dt><dd id="reference">%s</dd>
                <dt>State</dt><dd id="state">%s</dd>
                <dt>transStatus</dt><dd id="trans-status">%s</dd>
                <dt>ECI</dt><dd id="eci">%s</dd>
                <dt>Recommended action</dt><dd id="recommended-action">%s</dd>
                <dt>Webhook</dt><dd id="webhook">%s</dd>
                </dl>
                <p><a href="/checkout">Another payment</a></p>""".formatted(Html.escape(result.merchantReference()),
                Html.escape(result.state()), Html.escape(result.transStatus()), Html.escape(result.eci()),
                Html.escape(result.recommendedAction()),
                webhook.map(event -> "webhook verified: " + Html.escape(event.type()) + ", "
                        + Html.escape(event.data().state())).orElse("awaiting the gateway's webhook"))))
                .build();
    }
}
