package io.threeds.gateway.provider.intergiro;

import io.threeds.gateway.model.NewAuthentication;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.EvidencePolicy;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderErrors;
import io.threeds.gateway.provider.ProviderHttp;
import io.threeds.gateway.provider.ProviderHttp.Answer;
import io.threeds.gateway.provider.ProviderResult;
import io.threeds.gateway.provider.ProviderSession;
import io.threeds.gateway.provider.StartRequest;
import io.threeds.gateway.provider.ThreeDSProvider;
import io.threeds.gateway.provider.intergiro.IntergiroWire.Authorization;
import io.threeds.gateway.provider.intergiro.IntergiroWire.AuthorizationAnswer;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The intergiro provider: one authorization cycle of POST and re-POSTs around the browser's steps. Each
 * re-POST is built from the held request, so it repeats the previous call's fields (001:92); the card
 * token an antifraud step gives stays the card for every later round (001:317-323), kept in the provider
 * refs meanwhile (encrypted with them).
 */
@Stateless
@Local(ThreeDSProvider.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntergiroProvider implements ThreeDSProvider {
    static final String ID = "intergiro";
    /** What of intergiro's messages may be kept as evidence; any other field is withheld. */
    static final EvidencePolicy EVIDENCE = EvidencePolicy.keeping("id", "type", "status", "amount", "currency", "transStatus", "messageVersion",
            "threeDSServerTransID", "acsTransID", "challengeWindowSize", "url", "method", "error", "property",
            "expires", "timeout", "locale", "timezone", "resolution", "colorDepth", "java", "javascript", "visible",
            "userAgent", "messageType", "created", "threeDSMethodNotificationURL")
            .maskingCardNumbersIn("pan", "number");
    /** The antifraud card token: it stands for the card (the refs are stored encrypted). */
    static final String CARD_TOKEN = "cardToken";

    @Inject
    @RestClient
    IntergiroClient client;

    @Inject
    IntergiroCalls calls;

    @Inject
    @ConfigProperty(name = "intergiro.api-key", defaultValue = "sandbox-intergiro-key")
    String apiKey;

    @Override
    public String id() {
        return ID;
    }

    /** Every re-POST carries the card again. */
    @Override
    public boolean needsCardLater() {
        return true;
    }

    @Override
    public ProviderResult start(StartRequest start) {
        NewAuthentication request = start.request();
        Authorization body = IntergiroWire.request(request, IntergiroWire.card(request.card(), null, null),
                start.urls().challengeComplete(), null);
        return send(body, Map.of(), start.urls().callbacks(), request);
    }

    @Override
    public ProviderResult resume(ProviderSession session, BrowserResult browser) {
        IntergiroWire.Callback callback = IntergiroWire.callback(session.refs(), browser);
        NewAuthentication held = session.request();
        if (held == null) {
            throw new ProviderException(ProviderException.Kind.BAD_ANSWER,
                    "the card for intergiro's re-POST is no longer held", null, null);
        }
        Map<String, String> refs = new LinkedHashMap<>(session.refs());
        refs.putAll(callback.seen());
        if (callback.cardToken() != null) {
            refs.put(CARD_TOKEN, callback.cardToken());
        }
        String token = refs.get(CARD_TOKEN);
        Authorization body = IntergiroWire.request(held,
                IntergiroWire.card(held.card(), token, callback.verification()), session.urls().challengeComplete(),
                session.refs().get(IntergiroWire.CYCLE));
        return send(body, refs, session.urls().callbacks(), held);
    }

    private ProviderResult send(Authorization body, Map<String, String> refs, String callbackBase,
                                NewAuthentication request) {
        Answer<AuthorizationAnswer> answer = ProviderHttp.send(ID, EVIDENCE, "authorization", body,
                AuthorizationAnswer.class,
                json -> calls.send(() -> ProviderErrors.reply(client.authorize("Bearer " + apiKey, json))));
        ProviderResult mapped;
        try {
            mapped = IntergiroWire.interpret(answer.status(), answer.body(), refs, callbackBase,
                    request.card().brand().name(), request.amount().value(), request.amount().currency());
        } catch (ProviderException refused) {
            throw refused.recorded(answer.exchange());
        }
        return new ProviderResult(mapped.result(), mapped.browserAction(), mapped.refs(), mapped.authorization(),
                List.of(answer.exchange()));
    }
}
