package io.threeds.gateway.web.problem;

import io.threeds.gateway.problem.ProblemType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /problems/{type}}: a short human description of each problem type the API returns. */
@Path("/")
public class ProblemTypesResource {
    @GET
    @Path("{type}")
    @Produces(MediaType.TEXT_HTML)
    public String describe(@PathParam("type") String type) {
        String text = ProblemType.ofSlug(type).map(ProblemType::description)
                .orElseThrow(NotFoundException::new);
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + type
                + "</title></head><body><h1>" + type + "</h1><p>" + text + "</p></body></html>";
    }
}
