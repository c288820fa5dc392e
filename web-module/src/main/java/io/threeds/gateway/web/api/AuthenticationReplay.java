package io.threeds.gateway.web.api;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.authentication.AuthenticationService;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.persistence.Authentication;
import io.threeds.gateway.persistence.AuthenticationState;
import io.threeds.gateway.web.api.Views.AuthenticationView;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * A created authentication's answer as it is kept for replay: without its authentication value and its
 * {@code nextAction} (the live hosted-page token; for 3-D Secure 1 a PaReq with the card inside). A replay
 * reads both again from the authentication, as far as they still exist: a value erased by retention or a
 * browser step already taken shows as null, as a read of the authentication would.
 */
final class AuthenticationReplay implements IdempotentCall.Replay {
    private static final String VALUE = "authenticationValue";
    private static final String NEXT_ACTION = "nextAction";

    private final AuthenticationService authentications;
    private final AuthenticationViews views;
    private final Caller caller;

    AuthenticationReplay(AuthenticationService authentications, AuthenticationViews views, Caller caller) {
        this.authentications = authentications;
        this.views = views;
        this.caller = caller;
    }

    @Override
    public String stored(String body) {
        return Jsonp.createObjectBuilder(json(body)).addNull(VALUE).addNull(NEXT_ACTION).build().toString();
    }

    @Override
    public String replayed(String stored, String resourceId) {
        Authentication authentication = authentications.find(caller, resourceId);
        AuthenticationView now = views.of(authentication, caller);
        JsonObjectBuilder replay = Jsonp.createObjectBuilder(json(stored));
        if (now.authenticationValue() != null) {
            replay.add(VALUE, now.authenticationValue());
        }
        if (now.nextAction() != null && AuthenticationState.PENDING_BROWSER.name().equals(json(stored).getString("state", null))) {
            replay.add(NEXT_ACTION, json(WireJson.write(now.nextAction())));
        }
        return replay.build().toString();
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
