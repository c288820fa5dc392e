package io.threeds.gateway.web.api;

import io.threeds.gateway.audit.AuditEntry;
import io.threeds.gateway.audit.AuditTrail;
import io.threeds.gateway.audit.ChainVerification;
import io.threeds.gateway.audit.ChainVerifier;
import io.threeds.gateway.emv.TransStatus;
import io.threeds.gateway.merchant.Caller;
import io.threeds.gateway.merchant.Role;
import io.threeds.gateway.audit.AuditCheckpoints;
import io.threeds.gateway.audit.Checkpoint;
import io.threeds.gateway.persistence.Authentication;
import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ValidationException;
import io.threeds.gateway.reporting.AuditSearch;
import io.threeds.gateway.reporting.ChainedEvent;
import io.threeds.gateway.reporting.AuthenticationFilter;
import io.threeds.gateway.reporting.Cursor;
import io.threeds.gateway.reporting.EventFilter;
import io.threeds.gateway.reporting.GroupBy;
import io.threeds.gateway.reporting.GroupStats;
import io.threeds.gateway.reporting.MerchantNames;
import io.threeds.gateway.reporting.Page;
import io.threeds.gateway.reporting.Statistics;
import io.threeds.gateway.reporting.StatsFilter;
import io.threeds.gateway.web.api.Views.AuditEventPage;
import io.threeds.gateway.web.api.Views.AuthenticationPage;
import io.threeds.gateway.web.api.Views.CheckpointView;
import io.threeds.gateway.web.api.Views.StatsGroupView;
import io.threeds.gateway.web.api.Views.StatsView;
import io.threeds.gateway.web.api.Views.VerificationView;
import io.threeds.gateway.web.security.Allowed;
import io.threeds.gateway.web.security.CallerContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The auditor's API (API.md §5). Every read is itself an audit event ({@code audit.read}, with the
 * parameters given), written before the rows are sent. Lists are newest first and keyset-paginated;
 * asked for {@code text/csv}, the same rows are streamed as CSV, page by page from the database,
 * never held whole in memory.
 */
@Path("audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    static final String CSV = "text/csv";
    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);
    private static final int DEFAULT_LIMIT = 100;
    private static final String LIMIT = "At most this many items, 1 to 500 (default 100; larger is 400). "
            + "With text/csv: absent streams every matching row";
    private static final String CURSOR = "nextCursor of the previous page; absent for the first (newest) page";
    private static final String FROM = "RFC 3339 time, inclusive";
    private static final String TO = "RFC 3339 time, exclusive";
    private static final Set<String> EVENT_PARAMETERS = Set.of("authenticationId", "merchantId", "type", "actor",
            "from", "to", "limit", "cursor");
    private static final Set<String> AUTHENTICATION_PARAMETERS = Set.of("merchantId", "provider", "transStatus",
            "liabilityShift", "from", "to", "merchantReference", "last4", "merchantName", "limit", "cursor");
    private static final Set<String> STATS_PARAMETERS = Set.of("from", "to", "groupBy", "merchantId", "provider");

    @EJB
    ChainVerifier verifier;

    @EJB
    AuditTrail audit;

    @EJB
    AuditCheckpoints checkpoints;

    @EJB
    AuditSearch search;

    @EJB
    Statistics statistics;

    @EJB
    MerchantNames merchantNames;

    @Inject
    CallerContext callerContext;

    @Inject
    AuthenticationViews views;

    @GET
    @Path("verify")
    @Allowed(Role.AUDITOR)
    @SecurityRequirementsSet(@SecurityRequirement(name = "auditorKey"))
    @Operation(operationId = "verifyAuditChain",
            summary = "Walk the sealed audit chain, check every checkpoint's signature, report the first event "
            + "that does not fit", description = "Events not sealed yet are counted in pendingEvents, never as "
            + "verified. With checkpoint (an earlier one from /audit/checkpoints/latest, base64 of its JSON), it also "
            + "proves that today's chain extends it. Over [from, to) when given. The verification is itself "
            + "recorded as audit.verified.")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = FROM,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = TO,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "checkpoint", in = ParameterIn.QUERY, description = "base64 (standard or URL-safe) of an "
            + "earlier checkpoint's JSON", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The verification",
            content = @Content(schema = @Schema(implementation = VerificationView.class)))
    @APIResponse(responseCode = "400", description = "A bad time or a checkpoint that is not base64 of its JSON")
    public String verify(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("checkpoint") String checkpoint) {
        ChainVerification result = verifier.verify(time("from", from), time("to", to), checkpoint(checkpoint));
        Caller caller = callerContext.get();
        Map<String, String> details = new HashMap<>();
        details.put("from", from);
        details.put("to", to);
        details.put("checkpoint", checkpoint == null ? null : "given");
        details.put("verified", String.valueOf(result.verified()));
        audit.append(new AuditEntry("audit.verified", caller.actor(), caller.role().wireName(), null, null,
                result.verified() ? "VERIFIED" : "BROKEN", details));
        return WireJson.write(new VerificationView(result.verified(), result.checked(), result.head(),
                result.pendingEvents(), result.checkpoint() == null ? null : view(result.checkpoint()),
                result.extendsCheckpoint(), result.firstBrokenEventId(), result.reason()));
    }

    @GET
    @Path("checkpoints/latest")
    @Allowed(Role.AUDITOR)
    @SecurityRequirementsSet(@SecurityRequirement(name = "auditorKey"))
    @Operation(operationId = "latestAuditCheckpoint",
            summary = "The latest signed checkpoint, to keep outside the system and hand back to verify later",
            description = "The last sealed batch's head, Merkle root and signature (HMAC-SHA256 with a key the "
                    + "database never holds). The read is recorded as audit.read.")
    @APIResponse(responseCode = "200", description = "The checkpoint",
            content = @Content(schema = @Schema(implementation = CheckpointView.class)))
    @APIResponse(responseCode = "404", description = "Nothing sealed yet")
    public String latestCheckpoint() {
        recordRead("checkpoints/latest", false, Map.of());
        return WireJson.write(view(checkpoints.latest().orElseThrow(() -> GatewayException.notFound("checkpoint"))));
    }

    private static CheckpointView view(Checkpoint c) {
        return new CheckpointView(c.batch(), c.firstSequence(), c.sequence(), c.head(), c.merkleRoot(), c.sealedAt(),
                c.keyId(), c.signature());
    }

    private static Checkpoint checkpoint(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        try {
            return Checkpoint.parse(base64);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("checkpoint", "must be base64 of a checkpoint's JSON, as "
                    + "/api/v1/audit/checkpoints/latest returns it");
        }
    }

    @GET
    @Path("events")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Allowed(Role.AUDITOR)
    @SecurityRequirementsSet(@SecurityRequirement(name = "auditorKey"))
    @Operation(operationId = "listAuditEvents", summary = "The audit trail, newest first, filtered and keyset-paginated",
            description = "Events in descending sequence. With Accept: text/csv the same rows are streamed as "
                    + "RFC 4180 CSV with a header row (details as its canonical JSON; values a spreadsheet would "
                    + "run as a formula are prefixed with a single quote). The read is recorded as audit.read.")
    @Parameter(name = "authenticationId", in = ParameterIn.QUERY, description = "Only this authentication's events",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "merchantId", in = ParameterIn.QUERY, description = "Only events about this merchant",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "Event type, e.g. authentication.completed",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "actor", in = ParameterIn.QUERY, description = "Actor, e.g. merchant:<id> or partner:<id>",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "from", in = ParameterIn.QUERY, description = FROM,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = TO,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = LIMIT,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = CURSOR,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "A page of events, or the CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEventPage.class)),
            @Content(mediaType = CSV)})
    @APIResponse(responseCode = "400", description = "Unknown or repeated parameter, bad value, limit over 500")
    public Response events(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters query = new QueryParameters(uri, EVENT_PARAMETERS);
        EventFilter filter = new EventFilter(query.text("authenticationId", 36), query.text("merchantId", 36),
                query.text("type", 64), query.text("actor", 200), query.time("from"), query.time("to"));
        query.range(filter.from(), filter.to());
        Integer limit = query.limit(AuditSearch.MAX_LIMIT);
        Cursor.AfterEvent after = query.cursor(Cursor::event);
        query.throwIfInvalid();
        boolean csv = wantsCsv(headers);
        recordRead("events", csv, query.given());
        BiFunction<ChainedEvent, Integer, Page<ChainedEvent>> next = (last, size) -> search.events(filter,
                last == null ? after : new Cursor.AfterEvent(last.event().getSequence()), size);
        if (csv) {
            return csv("audit-events", AuditRows.EVENT_COLUMNS, limit, next, AuditRows::csv);
        }
        Page<ChainedEvent> page = next.apply(null, limit == null ? DEFAULT_LIMIT : limit);
        Map<String, String> names = merchantNames.of(page.items().stream().map(e -> e.event().getMerchantId())
                .toList());
        return json(new AuditEventPage(page.items().stream().map(e -> AuditRows.view(e,
                e.event().getMerchantId() == null ? null : names.get(e.event().getMerchantId()))).toList(),
                page.nextCursor()));
    }

    @GET
    @Path("authentications")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Allowed(Role.AUDITOR)
    @SecurityRequirementsSet(@SecurityRequirement(name = "auditorKey"))
    @Operation(operationId = "listAuditAuthentications",
            summary = "Authentications of every merchant, newest first, filtered and keyset-paginated",
            description = "Ordered by createdAt then id, descending. Each item carries merchantName, the "
                    + "merchant's branding display name (else its name). authenticationValue is always null and the "
                    + "card shows BIN, last 4 and brand only. With Accept: text/csv the same rows are streamed as "
                    + "RFC 4180 CSV with a header row (no authentication value column; values a spreadsheet would "
                    + "run as a formula are prefixed with a single quote). The read is recorded as audit.read.")
    @Parameter(name = "merchantId", in = ParameterIn.QUERY, description = "Only this merchant's",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "provider", in = ParameterIn.QUERY, description = "Provider id, e.g. worldline",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "transStatus", in = ParameterIn.QUERY, description = "EMV transStatus",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"Y", "A", "N", "U", "R", "C", "D", "I", "E"}))
    @Parameter(name = "liabilityShift", in = ParameterIn.QUERY, description = "true or false",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "createdAt at or after: " + FROM,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "createdAt before: " + TO,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "merchantReference", in = ParameterIn.QUERY, description = "Exact merchant reference",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "last4", in = ParameterIn.QUERY, description = "Last 4 digits of the card",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "merchantName", in = ParameterIn.QUERY, description = "Only merchants whose name or "
            + "branding display name contains this text, ignoring case (up to 100 characters)",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = LIMIT,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = CURSOR,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "A page of authentications, or the CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AuthenticationPage.class)),
            @Content(mediaType = CSV)})
    @APIResponse(responseCode = "400", description = "Unknown or repeated parameter, bad value, limit over 500")
    public Response authentications(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters query = new QueryParameters(uri, AUTHENTICATION_PARAMETERS);
        AuthenticationFilter filter = new AuthenticationFilter(query.text("merchantId", 36),
                query.text("provider", 32), query.oneOf("transStatus", TransStatus.class), query.bool("liabilityShift"),
                query.time("from"), query.time("to"), query.text("merchantReference", 128), query.digits("last4", 4),
                query.text("merchantName", 100));
        query.range(filter.from(), filter.to());
        Integer limit = query.limit(AuditSearch.MAX_LIMIT);
        Cursor.AfterAuthentication after = query.cursor(Cursor::authentication);
        query.throwIfInvalid();
        Caller caller = callerContext.get();
        boolean csv = wantsCsv(headers);
        recordRead("authentications", csv, query.given());
        BiFunction<Authentication, Integer, Page<Authentication>> next = (last, size) -> search.authentications(
                filter, last == null ? after : new Cursor.AfterAuthentication(last.getCreatedAt(), last.getId()),
                size);
        if (csv) {
            return csv("audit-authentications", AuditRows.AUTHENTICATION_COLUMNS, limit, next,
                    a -> AuditRows.csv(views.of(a, caller, null)));
        }
        Page<Authentication> page = next.apply(null, limit == null ? DEFAULT_LIMIT : limit);
        Map<String, String> names = merchantNames.of(page.items().stream().map(Authentication::getMerchantId)
                .toList());
        return json(new AuthenticationPage(page.items().stream().map(a -> views.of(a, caller,
                names.get(a.getMerchantId()))).toList(), page.nextCursor()));
    }

    @GET
    @Path("stats")
    @Allowed(Role.AUDITOR)
    @SecurityRequirementsSet(@SecurityRequirement(name = "auditorKey"))
    @Operation(operationId = "getAuditStats",
            summary = "Authentication outcomes and provider latency, grouped by provider, merchant or day",
            description = "Over the authentications created in [from, to) (optionally of one merchant or "
                    + "provider): per group, the count per transStatus, the frictionless, challenge and "
                    + "liability-shift rates (shares of the group's authentications, 0 to 1), and the p50 and p95 "
                    + "latency of the provider calls made for them (nearest-rank, in milliseconds). Computed in "
                    + "the database. The read is recorded as audit.read.")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "createdAt at or after: " + FROM,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "createdAt before: " + TO,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "groupBy", in = ParameterIn.QUERY, description = "Default provider; day is the UTC day",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"provider", "merchant", "day"}))
    @Parameter(name = "merchantId", in = ParameterIn.QUERY, description = "Only this merchant's authentications",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "provider", in = ParameterIn.QUERY, description = "Only this provider's authentications",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The statistics",
            content = @Content(schema = @Schema(implementation = StatsView.class)))
    @APIResponse(responseCode = "400", description = "Unknown or repeated parameter, bad value")
    public Response stats(@Context UriInfo uri) {
        QueryParameters query = new QueryParameters(uri, STATS_PARAMETERS);
        StatsFilter filter = new StatsFilter(query.time("from"), query.time("to"), query.text("merchantId", 36),
                query.text("provider", 32));
        query.range(filter.from(), filter.to());
        String groupBy = query.oneOf("groupBy", List.of("provider", "merchant", "day"));
        query.throwIfInvalid();
        GroupBy grouping = groupBy == null ? GroupBy.PROVIDER : GroupBy.valueOf(groupBy.toUpperCase(Locale.ROOT));
        recordRead("stats", false, query.given());
        List<GroupStats> stats = statistics.of(filter, grouping);
        Map<String, String> names = grouping == GroupBy.MERCHANT
                ? merchantNames.of(stats.stream().map(GroupStats::key).toList()) : Map.of();
        List<StatsGroupView> groups = stats.stream().map(group -> view(group, names.get(group.key()))).toList();
        return json(new StatsView(grouping.wireName(), query.given().get("from"), query.given().get("to"),
                filter.merchantId(), filter.provider(), groups));
    }

    private void recordRead(String resource, boolean csv, Map<String, String> parameters) {
        Caller caller = callerContext.get();
        Map<String, String> details = new HashMap<>(parameters);
        details.put("resource", resource);
        details.put("format", csv ? "csv" : "json");
        audit.append(new AuditEntry("audit.read", caller.actor(), caller.role().wireName(), null, null, "READ",
                details));
    }

    /** CSV when the client prefers it to JSON ({@code text/csv} or {@code text/*} first); JSON otherwise. */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (!accepted.isWildcardType() && accepted.isCompatible(CSV_TYPE)) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Streams every row (or the first {@code limit}) page by page: {@code next} fetches the page after
     * the last row written. The response is committed before the first query runs.
     */
    private static <T> Response csv(String name, List<String> header, Integer limit,
                                    BiFunction<T, Integer, Page<T>> next, Function<T, List<String>> columns) {
        StreamingOutput body = out -> {
            CsvWriter csv = new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            csv.row(header);
            long left = limit == null ? Long.MAX_VALUE : limit;
            T last = null;
            while (left > 0) {
                Page<T> page = next.apply(last, (int) Math.min(AuditSearch.MAX_LIMIT, left));
                page.items().forEach(row -> csv.row(columns.apply(row)));
                csv.flush();
                left -= page.items().size();
                if (page.nextCursor() == null || page.items().isEmpty()) {
                    break;
                }
                last = page.items().get(page.items().size() - 1);
            }
        };
        return Response.ok(body, CSV + "; charset=utf-8; header=present").cacheControl(noStore())
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }

    private static Response json(Object body) {
        return Response.ok(WireJson.write(body), MediaType.APPLICATION_JSON).cacheControl(noStore()).build();
    }

    private static CacheControl noStore() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return noStore;
    }

    private static StatsGroupView view(GroupStats group, String merchantName) {
        return new StatsGroupView(group.key(), merchantName, group.authentications(), group.transStatus(),
                group.withoutResult(), group.rate(group.frictionless()), group.rate(group.challenged()),
                group.rate(group.liabilityShifted()), group.providerCalls(), group.latencyP50Ms(),
                group.latencyP95Ms());
    }

    private static LocalDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return QueryParameters.utc(value);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, "must be an RFC 3339 time such as 2026-11-22T10:00:00Z");
        }
    }
}
