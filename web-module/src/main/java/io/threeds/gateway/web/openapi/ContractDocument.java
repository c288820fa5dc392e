package io.threeds.gateway.web.openapi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Gives every operation the problem answers the gateway's filters and mappers can send, whatever its
 * resource method declares: 401 and 403 (every operation is authenticated and role-checked), 400 where it
 * reads a body or query parameters, 404 where the path names a resource, 429 where merchants or partners
 * call it (only they are rate limited), 500; and types every 4xx and 5xx answer as
 * {@code application/problem+json} with the {@code Problem} schema. Registered as {@code mp.openapi.filter}.
 */
public class ContractDocument implements OASFilter {
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final List<String> RATE_LIMITED_SCHEMES = List.of("merchantKey", "partnerKey");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            documentProblems(path, operation);
            if (operation.getOperationId() == null) {
                operation.setOperationId(operationId(method, path));
            }
        }));
    }

    static void documentProblems(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (operation.getRequestBody() != null || hasQueryParameters(operation)) {
            addIfAbsent(responses, "400", "Malformed JSON, unknown field or parameter, failed validation "
                    + "(violations name the fields)");
        }
        addIfAbsent(responses, "401", "Missing, unknown, expired or revoked API key (WWW-Authenticate: Bearer)");
        addIfAbsent(responses, "403", "The caller's role may not call this operation");
        if (path.contains("{")) {
            addIfAbsent(responses, "404", "No such resource, or another merchant's");
        }
        if (rateLimited(operation)) {
            addIfAbsent(responses, "429", "Over the caller's per-minute limit; Retry-After says when to try again");
        }
        addIfAbsent(responses, "500", "Unexpected failure, logged under the problem's instance id");
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                response.getValue().setContent(problemContent());
            }
        }
    }

    /**
     * For an operation that one Java method serves on several paths (a sub-resource such as a principal's keys):
     * the method and the path's literal words, {@code DELETE /api/v1/partners/{id}/keys/{keyId}} giving
     * {@code deletePartnersKeys}.
     */
    static String operationId(PathItem.HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String segment : path.split("[/-]")) {
            if (!segment.isEmpty() && !segment.startsWith("{") && !segment.equals("api") && !segment.equals("v1")) {
                id.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
            }
        }
        return id.toString();
    }

    private static boolean hasQueryParameters(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    }

    private static boolean rateLimited(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        return security != null && security.stream()
                .anyMatch(requirement -> RATE_LIMITED_SCHEMES.stream().anyMatch(requirement::hasScheme));
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        return OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE, problem);
    }
}
