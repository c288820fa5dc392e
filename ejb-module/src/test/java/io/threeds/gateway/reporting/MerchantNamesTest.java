package io.threeds.gateway.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MerchantNamesTest {
    @Test
    void aNameFilterIsALowerCaseContainsPattern() {
        assertEquals("%blumen müller%", MerchantNames.containing("Blumen MÜLLER"));
    }

    @Test
    void likeWildcardsInTheFilterMatchOnlyThemselves() {
        assertEquals("%50!%!_off!!%", MerchantNames.containing("50%_off!"));
    }

    @Test
    void noTextNoFilter() {
        assertNull(MerchantNames.containing(null));
    }
}
