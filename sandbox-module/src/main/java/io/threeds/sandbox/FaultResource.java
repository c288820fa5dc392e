package io.threeds.sandbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code PUT|DELETE /sandbox/{provider}/faults}: arms or clears the fault of a provider's API calls. */
@Path("{provider: [a-z0-9-]+}/faults")
@RequestScoped
public class FaultResource {

    @Inject
    FaultControl faults;

    @PUT
    public Response arm(@PathParam("provider") String provider, String body) {
        try {
            SimulatedFault fault = SimulatedFault.from(RequestBody.parse(body)
                    .orElseThrow(() -> new IllegalArgumentException("the body must be a JSON object")));
            faults.arm(provider, fault);
            return Response.ok(Jsonp.createObjectBuilder(fault.toJson()).add("provider", provider).build().toString(),
                    MediaType.APPLICATION_JSON).build();
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Jsonp.createObjectBuilder().add("error", e.getMessage()).build().toString())
                    .type(MediaType.APPLICATION_JSON).build();
        }
    }

    @DELETE
    public Response clear(@PathParam("provider") String provider) {
        faults.clear(provider);
        return Response.noContent().build();
    }
}
