package io.threeds.sandbox.intergiro;

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

/** {@code POST /sandbox/intergiro/3dsmethod}: the ACS's 3DS Method URL ({@link Acs#method(String)}). */
@Path(VerificationRequired.METHOD_PAGE)
@RequestScoped
public class MethodPageResource {

    @Inject
    Acs acs;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HtmlPage.MEDIA_TYPE)
    public Response fingerprint(@FormParam("threeDSMethodData") String threeDSMethodData) {
        return acs.method(threeDSMethodData).response();
    }
}
