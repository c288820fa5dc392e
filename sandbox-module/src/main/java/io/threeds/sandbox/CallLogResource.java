package io.threeds.sandbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /sandbox/{provider}/calls?limit=50}: the last API calls of a provider, newest first. */
@Path("{provider: [a-z0-9-]+}/calls")
@RequestScoped
public class CallLogResource {

    @Inject
    CallLog calls;

    @GET
    public Response latest(@PathParam("provider") String provider,
                           @QueryParam("limit") @DefaultValue("50") int limit) {
        JsonArrayBuilder items = Jsonp.createArrayBuilder();
        calls.latest(provider, Math.max(1, Math.min(limit, CallLog.CAPACITY)))
                .forEach(call -> items.add(call.toJson()));
        return Response.ok(Jsonp.createObjectBuilder().add("items", items).build().toString(),
                MediaType.APPLICATION_JSON).build();
    }
}
