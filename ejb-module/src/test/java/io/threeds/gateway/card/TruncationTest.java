package io.threeds.gateway.card;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TruncationTest {

    /** The hidden middle is never shorter than 6 digits below 16 digits; BIN 8 only from 16 on. */
    @ParameterizedTest
    @CsvSource({
            "500000000004, 500000, 0004, 500000**0004",
            "4000000000006, 400000, 0006, 400000***0006",
            "36000000000008, 360000, 0008, 360000****0008",
            "378282246310005, 378282, 0005, 378282*****0005",
            "4000000000002701, 40000000, 2701, 40000000****2701",
            "6000000000000000006, 60000000, 0006, 60000000*******0006"})
    void keepsWhatTheLengthAllows(String pan, String bin, String last4, String masked) {
        assertEquals(bin, Truncation.bin(pan));
        assertEquals(last4, Truncation.last4(pan));
        assertEquals(masked, Truncation.masked(pan));
        assertEquals(pan.length(), Truncation.masked(pan).length());
    }

    @ParameterizedTest
    @CsvSource({"41111111, 16, 41111111", "41111111, 15, 411111", "411111, 19, 411111", "41111111, , 411111"})
    void aReportedBinIsCutToWhatItsNumberAllows(String bin, Integer length, String kept) {
        assertEquals(kept, Truncation.reportedBin(bin, length));
    }
}
