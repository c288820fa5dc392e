package io.threeds.gateway.provider.intergiro;

import io.threeds.gateway.authentication.NewAuthentication;
import io.threeds.gateway.provider.BrowserResult;
import io.threeds.gateway.provider.ProviderException;
import io.threeds.gateway.provider.ProviderHttp;
import io.threeds.gateway.provider.ProviderHttp.Answer;
import io.threeds.gateway.provider.ProviderResult;
import io.threeds.gateway.provider.ProviderSession;
import io.threeds.gateway.provider.StartRequest;
import io.threeds.gateway.provider.ThreeDSProvider;
import io.threeds.gateway.authentication.Amount;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The intergiro provider: one authorization cycle of POST and re-POSTs around the browser's steps. */
@Stateless
@Local(ThreeDSProvider.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IntergiroProvider implements ThreeDSProvider {
    static final String ID = "intergiro";

    @Inject
    @RestClient
    IntergiroClient client;

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
        JsonObject body = IntergiroWire.request(request.merchantReference(), request.amount(),
                IntergiroWire.card(request.card(), null), start.callbackBase() + "/challenge-complete", null,
                request.browser());
        return send(body, Map.of(), start.callbackBase(), request.card().brand().name(), request.amount());
    }

    @Override
    public ProviderResult resume(ProviderSession session, BrowserResult browser) {
        IntergiroWire.Callback callback = IntergiroWire.callback(session.refs(), browser);
        if (session.request() == null) {
            throw new ProviderException(ProviderException.Kind.BAD_ANSWER,
                    "the card for intergiro's re-POST is no longer held", null, null);
        }
        JsonValue card = callback.cardToken() != null ? Json.createValue(callback.cardToken())
                : IntergiroWire.card(session.request().card(), callback.verification());
        Amount amount = new Amount(session.amountValue(), session.currency());
        JsonObject body = IntergiroWire.request(session.merchantReference(), amount, card,
                session.callbackBase() + "/challenge-complete", session.refs().get(IntergiroWire.CYCLE), null);
        Map<String, String> refs = new LinkedHashMap<>(session.refs());
        refs.putAll(callback.seen());
        return send(body, refs, session.callbackBase(), session.cardBrand(), amount);
    }

    private ProviderResult send(JsonObject body, Map<String, String> refs, String callbackBase, String brand,
                                Amount amount) {
        Answer answer = ProviderHttp.send(ID, "authorization", IntergiroWire.evidence(body),
                () -> client.authorize("Bearer " + apiKey, body.toString()));
        ProviderResult mapped;
        try {
            mapped = IntergiroWire.interpret(answer.status(), answer.json(), refs, callbackBase, brand,
                    amount.value(), amount.currency());
        } catch (ProviderException refused) {
            throw refused.recorded(answer.exchange());
        }
        return new ProviderResult(mapped.result(), mapped.browserAction(), mapped.refs(), mapped.authorization(),
                List.of(answer.exchange()));
    }
}
