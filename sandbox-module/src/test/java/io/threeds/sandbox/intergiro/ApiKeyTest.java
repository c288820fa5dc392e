package io.threeds.sandbox.intergiro;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyTest {
    private final ApiKey key = new ApiKey("sandbox-intergiro-key");

    @Test
    void acceptsTheBearerKeyWhateverTheSchemesCase() {
        assertTrue(key.accepts("Bearer sandbox-intergiro-key"));
        assertTrue(key.accepts("bearer sandbox-intergiro-key"));
        assertTrue(key.accepts("BEARER  sandbox-intergiro-key "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer sandbox-intergiro-KEY", "Basic sandbox-intergiro-key",
            "sandbox-intergiro-key", "Bearer sandbox-intergiro-key2"})
    void refusesAnythingElse(String header) {
        assertFalse(key.accepts(header));
    }
}
