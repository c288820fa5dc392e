package io.threeds.gateway.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** A problem type's page, as {@code /problems/{type}} serves it. */
class ProblemTypesResourceTest {
    @Test
    void eachDocumentedTypeHasItsPage() {
        assertEquals("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>payload-too-large"
                + "</title></head><body><h1>payload-too-large</h1><p>Request bodies are limited to 64 KiB.</p>"
                + "</body></html>", new ProblemTypesResource().describe("payload-too-large"));
    }

    /** A problem+json {@code type} is a URI: every type the API can answer with has its page. */
    @Test
    void everyTypeTheApiAnswersWithHasAPage() {
        for (ProblemType type : ProblemType.values()) {
            String page = new ProblemTypesResource().describe(type.slug());
            assertTrue(page.contains("<p>" + type.description() + "</p>"), type.slug());
            assertTrue(type.description().length() > 20, type.slug());
        }
    }
}
