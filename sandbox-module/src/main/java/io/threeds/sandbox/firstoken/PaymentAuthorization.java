package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.RequestBody;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /payments}: Firstoken's Simple Authorization with the {@code authentication} object copied
 * from {@code consumer_auth_info}. The authentication data is taken as it comes, any spelling of the
 * 3DS Server's id included ({@code tree_dss_}, {@code ree_dss_}, {@code three_ds_}; G-F1) and none echoed;
 * only {@code pares_status R} changes the answer: the issuer rejected the authentication, the payment is
 * declined (G-F4). N and U are authorised, as CyberSource allows.
 */
final class PaymentAuthorization {

    private PaymentAuthorization() {
    }

    static JsonAnswer authorize(RequestBody body, Instant now) {
        Optional<String> problem = RequestValidation.payment(body);
        if (problem.isPresent()) {
            return JsonAnswer.fail(problem.get());
        }
        String referenceCode = body.text(RequestValidation.REFERENCE_CODE).orElseThrow();
        if (body.text(RequestValidation.PARES_STATUS).filter("R"::equals).isPresent()) {
            return PaymentResponse.declined(referenceCode, now);
        }
        return PaymentResponse.authorized(referenceCode, Amount.of(body).orElseThrow(), now);
    }
}
