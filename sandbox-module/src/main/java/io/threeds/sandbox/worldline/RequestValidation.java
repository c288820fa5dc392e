package io.threeds.sandbox.worldline;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.RequestBody;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Create Payment refuses with HTTP 400, and only that: the seed's rules, strictly; everything else
 * (unknown properties, unknown values of the lost enumerations, G-W2) passes.
 * <ul>
 *   <li>old and new object definitions mixed in one call (G-W11: {@code 21000020 MIXED_OLD_AND_NEW_DEFINITIONS});</li>
 *   <li>{@code authenticationFlow} {@code in-app}: the gateway is browser-only (G-W14);</li>
 *   <li>a missing card number or expiry date, and with {@code authenticationFlow} {@code browser} any of
 *       the browser-flow fields of G-W16 ({@code 21000120 REQUIRED_VALUE_MISSING} with its
 *       {@code propertyName}); {@code javaScriptEnabled} is tolerated, the seed's own example lacks it,
 *       and the old {@code fraudFields.customerIpAddress} stands in for {@code device.ipAddress};</li>
 *   <li>{@code challengeIndicator} and {@code challengeCanvasSize} outside their listed values;</li>
 *   <li>the clear maximum lengths of the seed (G-W4), a card number that is not 12 to 19 digits, and a
 *       {@code returnUrl} that is not an absolute http(s) URL;</li>
 *   <li>a {@code paymentProductId} that is not a whole number, or not the card number's
 *       {@link PaymentProduct}.</li>
 * </ul>
 */
final class RequestValidation {
    private static final String DEVICE = "order.customer.device.";
    private static final String OLD_IP_ADDRESS = "fraudFields.customerIpAddress";
    private static final String AUTHENTICATION_FLOW = Order.THREE_D_SECURE + "authenticationFlow";

    private static final List<String> BROWSER_FLOW_REQUIRED = List.of(
            DEVICE + "acceptHeader",
            DEVICE + "ipAddress",
            DEVICE + "locale",
            DEVICE + "timezoneOffsetUtcMinutes",
            DEVICE + "userAgent",
            DEVICE + "browserData.javaEnabled",
            DEVICE + "browserData.colorDepth",
            DEVICE + "browserData.screenHeight",
            DEVICE + "browserData.screenWidth",
            Order.THREE_D_SECURE + "challengeCanvasSize",
            Order.CARD + "cardholderName");

    private static final Map<String, Set<String>> ENUMERATIONS = Map.of(
            Order.THREE_D_SECURE + "challengeIndicator",
            Set.of("no-preference", "no-challenge-requested", "challenge-requested", "challenge-required"),
            Order.THREE_D_SECURE + "challengeCanvasSize",
            Set.of("250x400", "390x400", "500x600", "600x400", "full-screen"));

    private static final Map<String, Integer> MAX_LENGTHS = maxLengths();

    /** PROVIDERS.md §5.3: the old locations and, in the same order, the new ones. */
    private static final List<String> OLD_DEFINITIONS = List.of(
            OLD_IP_ADDRESS,
            "fraudFields.deviceFingerprintTransactionId",
            "order.customer.vatNumber",
            "order.customer.shippingAddress",
            "fraudFields.shipmentTrackingNumber",
            "fraudFields.shipComments",
            "cardPaymentMethodSpecificInput.externalCardHolderAuthenticationData",
            "cardPaymentMethodSpecificInput.recurringPaymentSequenceIndicator",
            "cardPaymentMethodSpecificInput.skipAuthentication");
    private static final List<String> NEW_DEFINITIONS = List.of(
            DEVICE + "ipAddress",
            DEVICE + "deviceFingerprintTransactionId",
            "order.customer.companyInformation.vatNumber",
            "order.shipping.address",
            "order.shipping.trackingNumber",
            "order.shipping.comments",
            Order.THREE_D_SECURE + "externalCardholderAuthenticationData",
            "cardPaymentMethodSpecificInput.recurring.recurringPaymentSequenceIndicator",
            Order.THREE_D_SECURE + "skipAuthentication");

    private RequestValidation() {
    }

    static List<WorldlineError> check(RequestBody body) {
        String oldOne = firstPresent(body, OLD_DEFINITIONS);
        String newOne = firstPresent(body, NEW_DEFINITIONS);
        if (oldOne != null && newOne != null) {
            return List.of(WorldlineError.invalidValue(oldOne, "MIXED_OLD_AND_NEW_DEFINITIONS"));
        }
        String flow = body.text(AUTHENTICATION_FLOW).orElse("");
        if ("in-app".equals(flow)) {
            return List.of(WorldlineError.invalidValue(AUTHENTICATION_FLOW, "AUTHENTICATION_FLOW_IN_APP_NOT_SUPPORTED"));
        }
        List<WorldlineError> errors = new ArrayList<>();
        for (String required : List.of(Order.CARD_NUMBER, Order.EXPIRY_DATE)) {
            if (!body.has(required)) {
                errors.add(WorldlineError.requiredValueMissing(required));
            }
        }
        if ("browser".equals(flow)) {
            BROWSER_FLOW_REQUIRED.stream()
                    .filter(path -> !body.has(path))
                    .filter(path -> !(path.equals(DEVICE + "ipAddress") && body.has(OLD_IP_ADDRESS)))
                    .forEach(path -> errors.add(WorldlineError.requiredValueMissing(path)));
        }
        ENUMERATIONS.forEach((path, allowed) -> body.text(path)
                .filter(value -> !allowed.contains(value))
                .ifPresent(value -> errors.add(WorldlineError.invalidValue(path,
                        path + " HAS AN INVALID VALUE; ALLOWED ARE " + String.join(", ", allowed.stream().sorted().toList())))));
        MAX_LENGTHS.forEach((path, max) -> body.text(path)
                .filter(value -> value.length() > max)
                .ifPresent(value -> errors.add(WorldlineError.invalidValue(path,
                        path + " IS LONGER THAN " + max + " CHARACTERS"))));
        body.text(Order.CARD_NUMBER)
                .filter(number -> !new CardNumber(number).isWellFormed())
                .ifPresent(number -> errors.add(WorldlineError.invalidValue(Order.CARD_NUMBER,
                        "CARD NUMBER MUST HAVE 12 TO 19 DIGITS")));
        paymentProduct(body).ifPresent(errors::add);
        body.text(Order.RETURN_URL)
                .filter(url -> !isAbsoluteHttpUrl(url))
                .ifPresent(url -> errors.add(WorldlineError.invalidValue(Order.RETURN_URL,
                        "RETURN URL MUST BE AN ABSOLUTE HTTP OR HTTPS URL")));
        return errors;
    }

    private static Optional<WorldlineError> paymentProduct(RequestBody body) {
        Optional<JsonValue> sent = body.value(Order.PAYMENT_PRODUCT_ID);
        if (sent.isEmpty()) {
            return Optional.empty();
        }
        if (!(sent.get() instanceof JsonNumber number) || !number.isIntegral()) {
            return Optional.of(WorldlineError.invalidValue(Order.PAYMENT_PRODUCT_ID,
                    "PAYMENT_PRODUCT_ID MUST BE AN INTEGER"));
        }
        return body.text(Order.CARD_NUMBER).map(CardNumber::new).flatMap(PaymentProduct::of)
                .filter(product -> product.id != number.intValue())
                .map(product -> WorldlineError.invalidValue(Order.PAYMENT_PRODUCT_ID, "PAYMENT_PRODUCT_ID "
                        + number + " DOES NOT MATCH THE CARD NUMBER, A " + product + " CARD (" + product.id + ")"));
    }

    private static String firstPresent(RequestBody body, List<String> paths) {
        return paths.stream().filter(path -> body.value(path).isPresent()).findFirst().orElse(null);
    }

    private static boolean isAbsoluteHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Map<String, Integer> maxLengths() {
        Map<String, Integer> lengths = new LinkedHashMap<>();
        lengths.put("merchant.websiteUrl", 60);
        lengths.put("merchant.contactWebsiteUrl", 2048);
        lengths.put(Order.CARD + "cardholderName", 51);
        lengths.put(Order.EXPIRY_DATE, 4);
        lengths.put(DEVICE + "ipAddress", 45);
        lengths.put(DEVICE + "userAgent", 2048);
        lengths.put(DEVICE + "locale", 8);
        lengths.put(DEVICE + "timezoneOffsetUtcMinutes", 6);
        lengths.put(DEVICE + "browserData.screenHeight", 6);
        lengths.put(DEVICE + "browserData.screenWidth", 6);
        lengths.put(DEVICE + "browserData.innerHeight", 6);
        lengths.put(DEVICE + "browserData.innerWidth", 6);
        lengths.put("order.customer.billingAddress.countryCode", 2);
        lengths.put("order.customer.billingAddress.city", 40);
        lengths.put("order.customer.billingAddress.street", 50);
        lengths.put("order.customer.billingAddress.zip", 10);
        lengths.put("order.shipping.emailAddress", 70);
        lengths.put("order.shipping.address.stateCode", 3);
        return lengths;
    }
}
