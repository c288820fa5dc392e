package io.threeds.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The auditor's API (API.md §5), read-only. Null parameters are not sent. Times are RFC 3339 UTC
 * ({@code from} inclusive, {@code to} exclusive); {@code limit} is 1 to 500. Lists are newest first: walk
 * them with {@link KeysetPages}. Every read is itself recorded in the audit trail.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "threeds-audit")
@RegisterProvider(ProblemMapper.class)
public interface AuditApi {
    String CSV = "text/csv";

    @GET
    @Path("events")
    AuditEventPage events(@QueryParam("authenticationId") String authenticationId,
                          @QueryParam("merchantId") String merchantId, @QueryParam("type") String type,
                          @QueryParam("actor") String actor, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("limit") Integer limit,
                          @QueryParam("cursor") String cursor);

    /** The same rows as RFC 4180 CSV with a header row, streamed; close the stream when done. */
    @GET
    @Path("events")
    @Produces(CSV)
    InputStream eventsCsv(@QueryParam("authenticationId") String authenticationId,
                          @QueryParam("merchantId") String merchantId, @QueryParam("type") String type,
                          @QueryParam("actor") String actor, @QueryParam("from") String from,
                          @QueryParam("to") String to, @QueryParam("limit") Integer limit);

    @GET
    @Path("authentications")
    AuthenticationPage authentications(@QueryParam("merchantId") String merchantId,
                                       @QueryParam("provider") String provider,
                                       @QueryParam("transStatus") String transStatus,
                                       @QueryParam("liabilityShift") Boolean liabilityShift,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("merchantReference") String merchantReference,
                                       @QueryParam("last4") String last4, @QueryParam("limit") Integer limit,
                                       @QueryParam("cursor") String cursor);

    /** The same rows as RFC 4180 CSV with a header row, streamed; close the stream when done. */
    @GET
    @Path("authentications")
    @Produces(CSV)
    InputStream authenticationsCsv(@QueryParam("merchantId") String merchantId,
                                   @QueryParam("provider") String provider,
                                   @QueryParam("transStatus") String transStatus,
                                   @QueryParam("liabilityShift") Boolean liabilityShift,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("merchantReference") String merchantReference,
                                   @QueryParam("last4") String last4, @QueryParam("limit") Integer limit);

    /** Walks the hash chain; with {@code checkpoint} (an earlier one, base64 JSON) also proves it extends it. */
    @GET
    @Path("verify")
    Verification verify(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("checkpoint") String checkpoint);

    /** The latest signed checkpoint, to be kept outside the gateway. */
    @GET
    @Path("checkpoints/latest")
    Checkpoint latestCheckpoint();

    /** {@code groupBy} is provider (the default), merchant or day. */
    @GET
    @Path("stats")
    Stats stats(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy,
                @QueryParam("merchantId") String merchantId, @QueryParam("provider") String provider);
}
