package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.RequestBody;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What each call refuses with HTTP 400 {@code {"status":"fail","message":"<field> is required"}}, and only
 * that: its {@code transaction_info.type}, its reference, the card, the amount where the call carries
 * one, and the keys of the flow. Everything else (billing, device data, tokens, the authentication data
 * of a payment) is taken as it comes, unknown properties included. The first problem found is reported.
 */
final class RequestValidation {
    static final String TYPE = "transaction_info.type";
    static final String REFERENCE_CODE = "transaction_info.reference_code";
    static final String CARD_NUMBER = "card.number";
    static final String EXPIRATION_DATE = "card.expiration_date";
    static final String REFERENCE_ID = "authentication.reference_id";
    static final String RETURN_URL = "authentication.return_url";
    static final String TRANSACTION_ID = "authentication.transaction_id";
    static final String PARES_STATUS = "authentication.pares_status";

    private RequestValidation() {
    }

    static Optional<String> setup(RequestBody body) {
        return first(type(body, "setup"), required(body, REFERENCE_CODE), card(body));
    }

    static Optional<String> enroll(RequestBody body) {
        return first(type(body, "check_enroll"), required(body, REFERENCE_CODE), card(body), amount(body),
                required(body, REFERENCE_ID), returnUrl(body));
    }

    static Optional<String> validate(RequestBody body) {
        return first(type(body, "validate_result"), required(body, REFERENCE_CODE), required(body, TRANSACTION_ID));
    }

    static Optional<String> payment(RequestBody body) {
        return first(type(body, "payment"), required(body, REFERENCE_CODE), card(body), amount(body));
    }

    static String isRequired(String path) {
        return path + " is required";
    }

    /** An absolute http(s) URL: the step-up page posts the shopper's browser there. */
    static boolean isReturnUrl(String text) {
        try {
            URI url = new URI(text);
            return url.isAbsolute() && url.getHost() != null
                    && ("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @SafeVarargs
    private static Optional<String> first(Optional<String>... problems) {
        return Stream.of(problems).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> required(RequestBody body, String path) {
        return body.has(path) ? Optional.empty() : Optional.of(isRequired(path));
    }

    private static Optional<String> type(RequestBody body, String expected) {
        return required(body, TYPE).or(() -> body.text(TYPE).filter(expected::equals).isPresent()
                ? Optional.empty() : Optional.of(TYPE + " must be " + expected));
    }

    /** A PAN of 12 to 19 digits; an expiry as MM/YYYY (the seed's) or MM/YY (G-F11), past dates included. */
    private static Optional<String> card(RequestBody body) {
        return required(body, CARD_NUMBER)
                .or(() -> new CardNumber(body.text(CARD_NUMBER).orElse("")).isWellFormed()
                        ? Optional.empty() : Optional.of(CARD_NUMBER + " must be 12 to 19 digits"))
                .or(() -> required(body, EXPIRATION_DATE))
                .or(() -> body.text(EXPIRATION_DATE).filter(date -> date.matches("(0[1-9]|1[0-2])/(\\d{2}|\\d{4})"))
                        .isPresent() ? Optional.empty() : Optional.of(EXPIRATION_DATE + " must be MM/YYYY or MM/YY"));
    }

    private static Optional<String> amount(RequestBody body) {
        return required(body, Amount.TOTAL_AMOUNT)
                .or(() -> required(body, Amount.CURRENCY))
                .or(() -> Amount.currency(body).isPresent() ? Optional.empty()
                        : Optional.of(Amount.CURRENCY + " must be an ISO 4217 code such as MXN"))
                .or(() -> Amount.currency(body).filter(currency -> Amount.total(body, currency).isEmpty())
                        .map(Amount::expected));
    }

    /** Optional at enroll (only a step-up needs it), but a usable URL when present. */
    private static Optional<String> returnUrl(RequestBody body) {
        return body.text(RETURN_URL).filter(url -> !url.isEmpty() && !isReturnUrl(url))
                .map(url -> RETURN_URL + " must be an absolute http(s) URL");
    }
}
