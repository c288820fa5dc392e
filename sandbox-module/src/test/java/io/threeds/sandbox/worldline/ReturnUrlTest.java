package io.threeds.sandbox.worldline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReturnUrlTest {

    @Test
    void startsAQuery() {
        assertEquals("https://shop.example/return?RETURNMAC=m-1&paymentId=000007041700000008370000100001",
                ReturnUrl.of("https://shop.example/return", "m-1", "000007041700000008370000100001").toString());
    }

    @Test
    void extendsAnExistingQueryBeforeTheFragment() {
        assertEquals("https://shop.example/r?a=1&RETURNMAC=m&paymentId=1#top",
                ReturnUrl.of("https://shop.example/r?a=1#top", "m", "1").toString());
        assertEquals("https://shop.example/r?RETURNMAC=m&paymentId=1",
                ReturnUrl.of("https://shop.example/r?", "m", "1").toString());
    }
}
