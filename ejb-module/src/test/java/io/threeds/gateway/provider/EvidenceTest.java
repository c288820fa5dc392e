package io.threeds.gateway.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EvidenceTest {
    private static final EvidencePolicy POLICY = EvidencePolicy.keeping("id", "status", "eci", "reason")
            .maskingCardNumbersIn("cardNumber", "masked");

    @Test
    void keepsListedFieldsAndWithholdsEveryOther() {
        assertEquals("{\"id\":\"p-1\",\"status\":\"OK\",\"brandNewField\":\"[withheld]\",\"nested\":{\"eci\":\"05\","
                        + "\"cavv\":\"[withheld]\",\"ok\":true,\"none\":null},\"list\":[\"[withheld]\"]}",
                Evidence.of(POLICY, "{\"id\":\"p-1\",\"status\":\"OK\",\"brandNewField\":\"AAABBEg0VhI0VniQEjRWAAAAAAA=\","
                        + "\"nested\":{\"eci\":\"05\",\"cavv\":\"AAABBEg0VhI0VniQEjRWAAAAAAA=\",\"ok\":true,\"none\":null},"
                        + "\"list\":[\"4000000000002701\"]}"));
    }

    @Test
    void cardNumbersAreCutByTheirLength() {
        assertEquals("{\"cardNumber\":\"40000000****2701\"}", Evidence.of(POLICY, "{\"cardNumber\":\"4000000000002701\"}"));
        assertEquals("{\"cardNumber\":\"378282*****0005\"}", Evidence.of(POLICY, "{\"cardNumber\":\"378282246310005\"}"));
        assertEquals("{\"cardNumber\":\"500000**0004\"}", Evidence.of(POLICY, "{\"cardNumber\":500000000004}"));
        assertEquals("{\"masked\":\"378282*****0005\"}", Evidence.of(POLICY, "{\"masked\":\"37828224***0005\"}"),
                "a provider's own mask is cut again where it kept too much");
        assertEquals("{\"cardNumber\":\"[withheld]\"}", Evidence.of(POLICY, "{\"cardNumber\":\"tok_abc\"}"));
    }

    @Test
    void theHostedPagesCallbackSecretIsNotKept() {
        assertEquals("{\"reason\":\"https://gw.example/3ds/a1b2/[secret]/return?x=1\"}",
                Evidence.of(POLICY, "{\"reason\":\"https://gw.example/3ds/a1b2/0123456789abcdef0123456789abcdef/return?x=1\"}"));
    }

    @Test
    void keptTextIsScrubbedOfCardNumbersAndNonJsonIsNotKept() {
        assertEquals("{\"reason\":\"card 40000000****2701 refused\"}",
                Evidence.of(POLICY, "{\"reason\":\"card 4000 0000 0000 2701 refused\"}"));
        assertEquals("[not JSON: 21 characters withheld]", Evidence.of(POLICY, "card=4000000000002701"));
        assertEquals("\"[withheld]\"", Evidence.of(POLICY, "4000000000002701"), "a bare value has no name to keep");
    }
}
