package io.threeds.gateway.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void recordsEndWithCrLfAndNullIsEmpty() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("id", "transStatus"));
        csv.row(Arrays.asList("9d3c", null));
        csv.flush();
        assertEquals("id,transStatus\r\n9d3c,\r\n", out.toString());
    }

    @Test
    void plainFieldsAreWrittenAsTheyAre() {
        assertEquals("order-1234", CsvWriter.field("order-1234"));
        assertEquals("4000000", CsvWriter.field("4000000"));
        assertEquals("", CsvWriter.field(""));
        assertEquals("", CsvWriter.field(null));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"a,b\"", CsvWriter.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.field("say \"hi\""));
        assertEquals("\"line1\nline2\"", CsvWriter.field("line1\nline2"));
        assertEquals("\"line1\r\nline2\"", CsvWriter.field("line1\r\nline2"));
        assertEquals("\"{\"\"card\"\":\"\"40000000…2701\"\"}\"", CsvWriter.field("{\"card\":\"40000000…2701\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=1+1               | '=1+1",
            "+1                 | '+1",
            "-2+3               | '-2+3",
            "@SUM(A1:A2)        | '@SUM(A1:A2)",
            "=HYPERLINK(\"http://evil.example\";\"x\") | `\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")\"`",
            "=A1,B1             | `\"'=A1,B1\"`",
            "a=b                | a=b",
            "order-1            | order-1"})
    void formulasAreNeutralisedWithASingleQuote(String value, String written) {
        assertEquals(written, CsvWriter.field(value));
    }

    @Test
    void tabAndCarriageReturnLeadsAreNeutralisedToo() {
        assertEquals("'\t=1", CsvWriter.field("\t=1"));
        assertEquals("\"'\r=1\"", CsvWriter.field("\r=1"));
    }

    @Test
    void aRowOfHostileFieldsStaysOneRecordOfTheSameWidth() {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(List.of("=cmd|' /C calc'!A0", "a\r\nb,c", "\"", "-"));
        assertEquals("'=cmd|' /C calc'!A0,\"a\r\nb,c\",\"\"\"\",'-\r\n", out.toString());
    }
}
