package io.threeds.gateway.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HostedPageUrlsTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private final HostedPageUrls urls = HostedPageUrls.of("https://gw.example", "a1", SECRET);

    @Test
    void theStepStartsOnThePageWithItsToken() {
        assertEquals("https://gw.example/3ds/a1", urls.page());
        assertEquals("https://gw.example/3ds/a1/start?t=tok", urls.start("tok"));
        assertEquals("https://gw.example/3ds/a1/start?t=", urls.start(""));
    }

    @Test
    void callbacksCarryTheSecretSegment() {
        assertEquals("https://gw.example/3ds/a1/" + SECRET, urls.callbacks());
        assertEquals("https://gw.example/3ds/a1/" + SECRET + "/return", urls.returnUrl());
        assertEquals("https://gw.example/3ds/a1/" + SECRET + "/challenge-complete", urls.challengeComplete());
        assertEquals("https://gw.example/3ds/a1/" + SECRET + "/method-complete", urls.methodComplete());
    }
}
