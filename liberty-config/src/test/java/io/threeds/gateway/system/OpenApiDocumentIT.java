package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.system.Gateway.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the running gateway serves: what generated clients rely on (stable operationIds,
 * a tag, the roles as security requirements, problem answers), saved to {@code target/openapi.json} for
 * {@code scripts/lint-openapi.sh} (Spectral's {@code spectral:oas}, zero errors and warnings).
 */
class OpenApiDocumentIT {
    static final Path SAVED = Path.of(System.getProperty("openapi.file", "target/openapi.json"));

    @Test
    void everyOperationIsNamedTaggedSecuredAndDocumentsItsProblems() throws Exception {
        Gateway.awaitReady();
        Answer document = Gateway.send(Gateway.request("/openapi?format=JSON", null).GET());
        assertEquals(200, document.status(), document.body());
        Files.createDirectories(SAVED.toAbsolutePath().getParent());
        Files.writeString(SAVED, document.body());

        JsonObject paths = document.json().getJsonObject("paths");
        assertEquals("createAuthentication", paths.getJsonObject("/api/v1/authentications").getJsonObject("post")
                .getString("operationId"));
        assertEquals("getAuthentication", paths.getJsonObject("/api/v1/authentications/{id}").getJsonObject("get")
                .getString("operationId"));
        assertEquals("listAuditEvents", paths.getJsonObject("/api/v1/audit/events").getJsonObject("get")
                .getString("operationId"));
        Set<String> operationIds = new HashSet<>();
        for (String path : paths.keySet()) {
            for (var entry : paths.getJsonObject(path).entrySet()) {
                if (entry.getValue().getValueType() != JsonValue.ValueType.OBJECT
                        || !Set.of("get", "post", "put", "patch", "delete").contains(entry.getKey())) {
                    continue;
                }
                JsonObject operation = entry.getValue().asJsonObject();
                String name = entry.getKey() + " " + path;
                assertTrue(operationIds.add(operation.getString("operationId")), name + " has a unique operationId");
                assertFalse(operation.getJsonArray("tags").isEmpty(), name + " is tagged");
                assertFalse(operation.getJsonArray("security").isEmpty(), name + " names its roles");
                JsonObject unauthorized = operation.getJsonObject("responses").getJsonObject("401");
                assertEquals("#/components/schemas/Problem", unauthorized.getJsonObject("content")
                        .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref"), name);
            }
        }
        JsonObject create = paths.getJsonObject("/api/v1/authentications").getJsonObject("post");
        assertTrue(create.getJsonObject("responses").containsKey("429"), "merchants are rate limited");
        assertEquals("#/components/schemas/NewAuthentication", create.getJsonObject("requestBody")
                .getJsonObject("content").getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
    }
}
