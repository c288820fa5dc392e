package io.threeds.sandbox.verifone;

import io.threeds.sandbox.Jsonp;
import io.threeds.sandbox.RequestBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.Set;

/**
 * Verifone's eCommerce card payment, {@code POST /oidc/api/v2/transactions/card} (PROVIDERS.md §1.3.3), here to
 * check that the gateway propagates the authentication: the card is decrypted as at the lookup, and a
 * {@code threed_authentication} with {@code pares_status} N or R, or {@code signature_verification} N, is
 * declined (HTTP 200, {@code status "DECLINED"}, {@code reason_code "05"}). Anything else is
 * {@code AUTHORIZED}, {@code "00"}. The authentication is echoed in the response's spelling
 * ({@code threads_version}), read from either spelling of the request ({@code threeds_version} first, G-V1).
 */
@ApplicationScoped
public class CardTransactions {
    static final String AUTHORIZED = "AUTHORIZED";
    static final String DECLINED = "DECLINED";
    private static final Set<String> FAILED_PARES = Set.of("N", "R");
    private static final String[] ECHOED = {"eci_flag", "enrolled", "cavv", "pares_status"};

    @Inject
    SecureCardCapture cardCapture;

    VerifoneAnswer authorize(RequestBody body) {
        Optional<String> problem = RequestValidation.payment(body);
        if (problem.isPresent()) {
            return VerifoneAnswer.invalid(problem.get());
        }
        String alias = body.text(RequestValidation.PUBLIC_KEY_ALIAS).orElseThrow();
        if (!cardCapture.knows(alias)) {
            return VerifoneAnswer.invalid(RequestValidation.PUBLIC_KEY_ALIAS + " is unknown");
        }
        Optional<CardDetails> card = cardCapture.decrypt(alias, body.text(RequestValidation.ENCRYPTED_CARD).orElseThrow());
        if (card.isEmpty()) {
            return VerifoneAnswer.invalid(RequestValidation.ENCRYPTED_CARD + " cannot be decrypted");
        }
        Optional<String> authType = body.text("auth_type");
        if (authType.isPresent() && !"PRE_AUTH".equals(authType.get())) {
            return VerifoneAnswer.invalid("auth_type must be PRE_AUTH (000:611-615) or absent");
        }
        RequestBody authentication = new RequestBody(body.value(RequestValidation.THREED_AUTHENTICATION)
                .map(JsonValue::asJsonObject).orElse(JsonValue.EMPTY_JSON_OBJECT));
        boolean declined = authentication.text("pares_status").map(String::trim).map(String::toUpperCase)
                .filter(FAILED_PARES::contains).isPresent()
                || authentication.text("signature_verification").map(String::trim).filter("N"::equalsIgnoreCase).isPresent();
        boolean autoCapture = body.value("capture_now").map(value -> value != JsonValue.FALSE).orElse(true)
                && !"PRE_AUTH".equalsIgnoreCase(body.text("auth_type").orElse(""));
        JsonObjectBuilder response = Jsonp.createObjectBuilder()
                .add("id", Identifiers.uuid());
        body.text("payment_provider_contract").ifPresent(contract -> response.add("payment_provider_contract", contract));
        response.add("amount", RequestValidation.amount(body))
                .add("blocked", false);
        body.text(RequestValidation.MERCHANT_REFERENCE).ifPresent(reference -> response.add("merchant_reference", reference));
        response.add("payment_product", "CARD")
                .add("status", declined ? DECLINED : AUTHORIZED)
                .add("arn", Identifiers.digits(23))
                .add("scheme_reference", Identifiers.digits(15))
                .add("created_by", Identifiers.uuid())
                .add("cvv_present", card.get().cvv() != null)
                .add("cvv_result", "4")
                .add("stored_credential", JsonValue.EMPTY_JSON_OBJECT)
                .add("details", Jsonp.createObjectBuilder().add("auto_capture", autoCapture))
                .add("reason_code", declined ? "05" : "00")
                .add("shopper_interaction", "ECOMMERCE")
                .add("stan", Identifiers.digits(6));
        if (body.has(RequestValidation.THREED_AUTHENTICATION)) {
            response.add(RequestValidation.THREED_AUTHENTICATION, echo(authentication));
        }
        return VerifoneAnswer.ok(response
                .add("reversal_status", "NONE")
                .add("additional_data", Jsonp.createObjectBuilder().add("initiator_trace_id", Identifiers.digits(15)))
                .add("card_details", Jsonp.createObjectBuilder()
                        .add("masked_card_number", card.get().maskedCardNumber())
                        .add("expiry_year", card.get().expiryYear())
                        .add("expiry_month", card.get().expiryMonth()))
                .add("balance_amount", 0)
                .build());
    }

    /** The documented echo: {@code eci_flag, enrolled, cavv, pares_status, threads_version, ds_transaction_id}. */
    private static JsonObject echo(RequestBody authentication) {
        JsonObjectBuilder echo = Jsonp.createObjectBuilder();
        for (String field : ECHOED) {
            authentication.text(field).ifPresent(value -> echo.add(field, value));
        }
        authentication.text("threeds_version").or(() -> authentication.text("threads_version"))
                .ifPresent(version -> echo.add("threads_version", version));
        authentication.text("ds_transaction_id").ifPresent(id -> echo.add("ds_transaction_id", id));
        return echo.build();
    }
}
