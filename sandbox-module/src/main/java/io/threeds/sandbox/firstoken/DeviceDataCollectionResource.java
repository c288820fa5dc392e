package io.threeds.sandbox.firstoken;

import io.threeds.sandbox.HtmlPage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * {@code POST /sandbox/firstoken/V1/Cruise/Collect}: Cardinal's device data collection, which setup's
 * {@code device_data_collection_url} names; form fields {@code JWT} and, optionally, {@code Bin}.
 */
@Path(DeviceDataCollectionResource.PATH)
@RequestScoped
public class DeviceDataCollectionResource {
    static final String PATH = "firstoken/V1/Cruise/Collect";

    @Inject
    DeviceDataCollection collection;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response collect(@FormParam("JWT") String jwt) {
        return collection.collect(jwt, Instant.now()).toResponse();
    }
}
