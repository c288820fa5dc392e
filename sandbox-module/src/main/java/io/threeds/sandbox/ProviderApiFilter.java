package io.threeds.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Applies the armed fault to, and records, every call to a {@link ProviderApi} resource. The request
 * body is read here (and handed on unchanged) so that a call failed by a fault is still logged with its
 * merchant reference: a test counts a gateway's attempts for one order, retries included. The delay of a
 * fault blocks the request thread, as a slow provider would.
 */
@Provider
@ApplicationScoped
public class ProviderApiFilter implements ContainerRequestFilter, ContainerResponseFilter {
    static final String MALFORMED_BODY = "{\"id\": \"sandbox-fault\", \"status\": ";

    @Context
    ResourceInfo resource;

    @Inject
    FaultControl faults;

    @Inject
    CallLog calls;

    @Inject
    CallDetails call;

    @Inject
    @Any
    Instance<ProviderErrorFormat> errorFormats;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        ProviderApi api = api();
        if (api == null) {
            return;
        }
        call.at(Instant.now());
        if (request.hasEntity()) {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            RequestBody.parse(new String(body, StandardCharsets.UTF_8)).ifPresent(json -> describe(api, json));
        }
        RecordedCall received = new RecordedCall(call.at(), request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath(), null, call.merchantReference(), call.cardNumber());
        call.recorded(received);
        calls.record(api.value(), received);
        faults.take(api.value()).ifPresent(fault -> suffer(fault, api.value(), request));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        ProviderApi api = api();
        if (api == null) {
            return;
        }
        if (call.recorded() != null) {
            call.recorded().answered(response.getStatus(), call.merchantReference());
        }
    }

    private ProviderApi api() {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        return type == null ? null : type.getAnnotation(ProviderApi.class);
    }

    private void describe(ProviderApi api, RequestBody json) {
        if (!api.merchantReference().isEmpty()) {
            json.text(api.merchantReference()).ifPresent(call::merchantReference);
        }
        if (!api.cardNumber().isEmpty()) {
            json.text(api.cardNumber()).map(CardNumber::new).ifPresent(call::cardNumber);
        }
    }

    private void suffer(SimulatedFault fault, String provider, ContainerRequestContext request) {
        if (fault.delayMs() > 0) {
            try {
                Thread.sleep(fault.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fault.status() != null) {
            request.abortWith(Response.status(fault.status())
                    .entity(errorBody(provider, fault.status()).toString())
                    .type(MediaType.APPLICATION_JSON).build());
        } else if (fault.malformed()) {
            int status = HttpMethod.POST.equals(request.getMethod()) ? 201 : 200;
            request.abortWith(Response.status(status).entity(MALFORMED_BODY).type(MediaType.APPLICATION_JSON).build());
        }
    }

    private JsonObject errorBody(String provider, int status) {
        return errorFormats.stream()
                .filter(format -> format.provider().equals(provider))
                .findFirst()
                .map(format -> format.errorBody(status))
                .orElse(JsonValue.EMPTY_JSON_OBJECT);
    }
}
