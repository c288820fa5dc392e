package io.threeds.sandbox.firstoken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cardinal's device data collection: takes setup's {@code access_token} as {@code JWT}, records that the
 * session's device data was collected (the Require Method URL card needs it before enroll) and answers
 * the page that reports {@code profile.completed} after {@code sandbox.firstoken.ddc-delay-ms} (default
 * 500). The BIN the browser may send ({@code Bin}) is not checked.
 */
@ApplicationScoped
public class DeviceDataCollection {

    @Inject
    Authentications authentications;

    @Inject
    AccessTokens tokens;

    @Inject
    @ConfigProperty(name = "sandbox.firstoken.ddc-delay-ms", defaultValue = "500")
    long delayMs;

    HtmlAnswer collect(String jwt, Instant now) {
        Optional<String> referenceId = tokens.deviceDataReferenceId(jwt, now);
        if (referenceId.isEmpty()) {
            return HtmlAnswer.badRequest("Invalid request",
                    "The JWT is missing, expired, or not a device data collection token of this simulator.");
        }
        if (!authentications.collectDeviceData(referenceId.get(), now)) {
            return HtmlAnswer.badRequest("Unknown session", "This payer authentication session does not exist.");
        }
        return HtmlAnswer.ok(CruisePages.deviceDataCollection(referenceId.get(), delayMs));
    }
}
