package io.threeds.gateway.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A problem type's page, as {@code /problems/{type}} serves it. */
class ProblemTypesResourceTest {
    @Test
    void eachDocumentedTypeHasItsPage() {
        assertEquals("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>payload-too-large"
                + "</title></head><body><h1>payload-too-large</h1><p>Request bodies are limited to 64 KiB.</p>"
                + "</body></html>", new ProblemTypesResource().describe("payload-too-large"));
    }
}
