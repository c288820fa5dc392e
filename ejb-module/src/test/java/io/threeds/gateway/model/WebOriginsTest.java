package io.threeds.gateway.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebOriginsTest {

    @Test
    void httpOnLocalhostOnlyInTheSandbox() {
        assertTrue(WebOrigins.isAcceptableUrl("http://localhost:8080/done", true));
        assertFalse(WebOrigins.isAcceptableUrl("http://localhost:8080/done", false));
        assertFalse(WebOrigins.isAcceptableUrl("http://shop.example/done", true));
        assertTrue(WebOrigins.isAcceptableUrl("https://shop.example/done", false));
    }

    @Test
    void credentialsFragmentsAndPathsAreRefusedWhereTheyDoNotBelong() {
        assertFalse(WebOrigins.isAcceptableUrl("https://user:pw@shop.example/done", false));
        assertFalse(WebOrigins.isAcceptableUrl("https://shop.example/done#x", false));
        assertTrue(WebOrigins.isOrigin("https://shop.example:8443", false));
        assertFalse(WebOrigins.isOrigin("https://shop.example/path", false));
        assertFalse(WebOrigins.isOrigin("http://127.0.0.1:9080", false));
    }
}
