package io.threeds.gateway.provider.firstoken;

import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.provider.AuthorizationRequest;
import io.threeds.gateway.provider.Authorized;
import io.threeds.gateway.provider.BrowserRefusedException;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.EvidencePolicy;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderErrors;
import io.threeds.gateway.provider.ProviderHttp;
import io.threeds.gateway.provider.ProviderHttp.Answer;
import io.threeds.gateway.provider.ProviderReply;
import io.threeds.gateway.provider.ProviderResult;
import io.threeds.gateway.provider.ProviderSession;
import io.threeds.gateway.provider.StartRequest;
import io.threeds.gateway.provider.ThreeDSProvider;
import io.threeds.gateway.provider.firstoken.FirstokenWire.FirstokenAnswer;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The firstoken provider: setup, device data, enroll, step-up, validate, payments. */
@Stateless
@Local(ThreeDSProvider.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstokenProvider implements ThreeDSProvider {
    static final String ID = "firstoken";
    /** What of firstoken's messages may be kept as evidence; any other field is withheld. */
    static final EvidencePolicy EVIDENCE = EvidencePolicy.keeping("id", "status", "reference_code", "transaction_id", "authentication_transaction_id",
            "acs_transaction_id", "three_ds_server_transaction_id", "directory_server_transaction_id",
            "ree_dss_server_transaction_id", "tree_dss_server_transaction_id", "specificationVersion",
            "veres_enrolled", "pares_status", "eci", "eci_raw", "commerce_indicator", "xid", "acs_reference_number",
            "approval_code", "response_code", "total_amount", "currency", "step_up_url", "device_data_collection_url",
            "reference_id", "return_url", "http_browser_color_depth", "http_browser_language",
            "http_browser_screen_height", "http_browser_screen_width", "http_browser_time_offset", "user_agent",
            "device_channel", "message", "reason", "signed_pares_status_reason", "mode", "type", "installments",
            "submit_time_utc", "capture")
            .maskingCardNumbersIn("number");

    @Inject
    @RestClient
    FirstokenClient client;

    @Inject
    FirstokenCalls calls;

    @Inject
    @ConfigProperty(name = "firstoken.api-key", defaultValue = "sandbox-firstoken-key")
    String apiKey;

    @Override
    public String id() {
        return ID;
    }

    /** Enroll comes after the browser's device data collection, and payment after the authentication. */
    @Override
    public boolean needsCardLater() {
        return true;
    }

    @Override
    public ProviderResult start(StartRequest start) {
        Answer<FirstokenAnswer> answer = send("setup", FirstokenWire.setup(start.authenticationId(),
                start.request().card()), body -> calls.send(() -> ProviderErrors.reply(client.setup(apiKey, body))));
        return withExchange(FirstokenWire.deviceDataCollection(answer.body(), start.request().card()), answer);
    }

    @Override
    public ProviderResult resume(ProviderSession session, BrowserResult browser) {
        NewAuthentication request = session.request();
        if (request == null) {
            throw new ProviderException(ProviderException.Kind.BAD_ANSWER,
                    "the request firstoken needs again is no longer held", null, null);
        }
        String step = session.refs().get(FirstokenWire.STEP);
        if (FirstokenWire.DEVICE_DATA.equals(step)) {
            FirstokenWire.deviceDataCollected(session.refs(), browser);
            Answer<FirstokenAnswer> answer = send("enroll", FirstokenWire.enroll(session.authenticationId(), request,
                    session.refs(), session.urls().challengeComplete()),
                    body -> calls.send(() -> ProviderErrors.reply(client.enroll(apiKey, body))));
            return withExchange(FirstokenWire.enrolled(answer.body(), session.refs(), session.authenticationId(),
                    session.cardBrand()), answer);
        }
        if (FirstokenWire.STEP_UP.equals(step)) {
            FirstokenWire.steppedUp(session.refs(), browser, session.authenticationId());
            Answer<FirstokenAnswer> answer = send("validate", FirstokenWire.validate(session.authenticationId(),
                    request, session.refs()),
                    body -> calls.send(() -> ProviderErrors.reply(client.validate(apiKey, body))));
            return withExchange(FirstokenWire.validated(answer.body(), session.refs(), session.cardBrand()), answer);
        }
        throw new BrowserRefusedException("no firstoken step is pending");
    }

    @Override
    public Authorized authorize(AuthorizationRequest request) {
        Answer<FirstokenAnswer> answer = send("payment", FirstokenWire.payment(request.authenticationId(), request),
                body -> calls.send(() -> ProviderErrors.reply(client.pay(apiKey, body))));
        return new Authorized(FirstokenWire.paid(answer.body(), request), List.of(answer.exchange()), null);
    }

    private static Answer<FirstokenAnswer> send(String operation, Object request,
                                                Function<String, ProviderReply> call) {
        return ProviderHttp.send(ID, EVIDENCE, operation, request, FirstokenAnswer.class, call);
    }

    private static ProviderResult withExchange(ProviderResult mapped, Answer<FirstokenAnswer> answer) {
        return new ProviderResult(mapped.result(), mapped.browserAction(), mapped.refs(), mapped.authorization(),
                List.of(answer.exchange()));
    }
}
