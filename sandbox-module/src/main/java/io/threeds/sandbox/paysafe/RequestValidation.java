package io.threeds.sandbox.paysafe;

import static io.threeds.sandbox.paysafe.RequestFields.ACCEPT_HEADER;
import static io.threeds.sandbox.paysafe.RequestFields.AMOUNT;
import static io.threeds.sandbox.paysafe.RequestFields.AUTHENTICATION;
import static io.threeds.sandbox.paysafe.RequestFields.CARD_NUMBER;
import static io.threeds.sandbox.paysafe.RequestFields.CAVV;
import static io.threeds.sandbox.paysafe.RequestFields.CURRENCY;
import static io.threeds.sandbox.paysafe.RequestFields.CUSTOMER_IP;
import static io.threeds.sandbox.paysafe.RequestFields.CVV;
import static io.threeds.sandbox.paysafe.RequestFields.ECI;
import static io.threeds.sandbox.paysafe.RequestFields.EXPIRY_MONTH;
import static io.threeds.sandbox.paysafe.RequestFields.EXPIRY_YEAR;
import static io.threeds.sandbox.paysafe.RequestFields.MERCHANT_REF_NUM;
import static io.threeds.sandbox.paysafe.RequestFields.MERCHANT_URL;
import static io.threeds.sandbox.paysafe.RequestFields.PA_RES;
import static io.threeds.sandbox.paysafe.RequestFields.SETTLE_WITH_AUTH;
import static io.threeds.sandbox.paysafe.RequestFields.SIGNATURE_STATUS;
import static io.threeds.sandbox.paysafe.RequestFields.THREE_D_ENROLLMENT;
import static io.threeds.sandbox.paysafe.RequestFields.THREE_D_RESULT;
import static io.threeds.sandbox.paysafe.RequestFields.USER_AGENT;
import static io.threeds.sandbox.paysafe.RequestFields.XID;

import io.threeds.sandbox.CardNumber;
import io.threeds.sandbox.RequestBody;
import io.threeds.sandbox.paysafe.PaysafeError.FieldError;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * What Paysafe's three calls refuse with HTTP 400 ({@code 5068}, one {@code fieldErrors} entry per
 * offending member), and only that: missing required members, the seed's maximum lengths
 * ({@code merchantRefNum} 255, {@code paRes} 65536, {@code cavv} 80, {@code xid} 40), the simulator's
 * own for the members the seed does not cover, and members of the wrong JSON type. Unknown members and
 * unknown values of the enumerations pass (PROVIDERS.md §6.1, item 9).
 */
final class RequestValidation {
    static final int MAX_MERCHANT_REF_NUM = 255;
    static final int MAX_PA_RES = 65536;
    static final int MAX_CUSTOMER_IP = 45;
    static final int MAX_BROWSER_HEADER = 2048;
    static final int MAX_MERCHANT_URL = 2048;
    static final int MAX_CAVV = 80;
    static final int MAX_XID = 40;

    private RequestValidation() {
    }

    /** {@code POST .../enrollmentchecks}: every member required. */
    static List<FieldError> enrollmentCheck(RequestBody body) {
        Checks checks = new Checks(body);
        checks.text(MERCHANT_REF_NUM, MAX_MERCHANT_REF_NUM, true);
        checks.wholeNumber(AMOUNT, 1, Purchase.MAX_AMOUNT, true);
        checks.currency(CURRENCY);
        checks.card();
        checks.text(CUSTOMER_IP, MAX_CUSTOMER_IP, true);
        checks.text(USER_AGENT, MAX_BROWSER_HEADER, true);
        checks.text(ACCEPT_HEADER, MAX_BROWSER_HEADER, true);
        checks.text(MERCHANT_URL, MAX_MERCHANT_URL, true);
        return checks.errors;
    }

    /** {@code POST .../enrollmentchecks/{id}/authentications}: the seed's two members. */
    static List<FieldError> authentication(RequestBody body) {
        Checks checks = new Checks(body);
        checks.text(MERCHANT_REF_NUM, MAX_MERCHANT_REF_NUM, true);
        checks.text(PA_RES, MAX_PA_RES, true);
        return checks.errors;
    }

    /** {@code POST /cardpayments/v1/accounts/{id}/auths}: {@code authentication} and {@code cvv} optional. */
    static List<FieldError> authorization(RequestBody body) {
        Checks checks = new Checks(body);
        checks.text(MERCHANT_REF_NUM, MAX_MERCHANT_REF_NUM, true);
        checks.wholeNumber(AMOUNT, 1, Purchase.MAX_AMOUNT, true);
        checks.bool(SETTLE_WITH_AUTH);
        checks.card();
        body.text(CVV).filter(cvv -> !cvv.matches("\\d{3,4}"))
                .ifPresent(cvv -> checks.errors.add(new FieldError(CVV, "must be 3 or 4 digits")));
        body.value(AUTHENTICATION).ifPresent(authentication -> {
            if (!(authentication instanceof JsonObject)) {
                checks.errors.add(new FieldError(AUTHENTICATION, "must be an object"));
                return;
            }
            checks.wholeNumber(ECI, 0, 99, false);
            checks.text(CAVV, MAX_CAVV, false);
            checks.text(XID, MAX_XID, false);
            checks.text(THREE_D_ENROLLMENT, 1, false);
            checks.text(THREE_D_RESULT, 1, false);
            checks.text(SIGNATURE_STATUS, 1, false);
        });
        return checks.errors;
    }

    /** The errors of one request, in the order the members were checked. */
    private static final class Checks {
        private final RequestBody body;
        private final List<FieldError> errors = new ArrayList<>();

        private Checks(RequestBody body) {
            this.body = body;
        }

        void text(String path, int maxLength, boolean required) {
            if (!body.has(path)) {
                if (required) {
                    errors.add(new FieldError(path, "may not be null"));
                }
                return;
            }
            String text = body.text(path).orElse(null);
            if (text == null) {
                errors.add(new FieldError(path, "must be a string"));
            } else if (text.length() > maxLength) {
                errors.add(new FieldError(path, "size must be between " + (required ? 1 : 0) + " and " + maxLength));
            }
        }

        void wholeNumber(String path, long min, long max, boolean required) {
            JsonValue value = body.value(path).orElse(null);
            if (value == null) {
                if (required) {
                    errors.add(new FieldError(path, "may not be null"));
                }
                return;
            }
            boolean inRange = value instanceof JsonNumber number && number.isIntegral()
                    && number.bigIntegerValue().compareTo(BigInteger.valueOf(min)) >= 0
                    && number.bigIntegerValue().compareTo(BigInteger.valueOf(max)) <= 0;
            if (!inRange) {
                errors.add(new FieldError(path, "must be a whole number from " + min + " to " + max));
            }
        }

        void bool(String path) {
            body.value(path)
                    .filter(value -> value != JsonValue.TRUE && value != JsonValue.FALSE)
                    .ifPresent(value -> errors.add(new FieldError(path, "must be true or false")));
        }

        void currency(String path) {
            if (!body.has(path)) {
                errors.add(new FieldError(path, "may not be null"));
            } else if (!Purchase.isKnownCurrency(body.text(path).orElse(null))) {
                errors.add(new FieldError(path, "must be an ISO 4217 currency code"));
            }
        }

        void card() {
            if (!body.has(CARD_NUMBER)) {
                errors.add(new FieldError(CARD_NUMBER, "may not be null"));
            } else if (!new CardNumber(body.text(CARD_NUMBER).orElse("")).isWellFormed()) {
                errors.add(new FieldError(CARD_NUMBER, "must be 12 to 19 digits"));
            }
            wholeNumber(EXPIRY_MONTH, 1, 12, true);
            wholeNumber(EXPIRY_YEAR, 2000, 9999, true);
        }
    }
}
