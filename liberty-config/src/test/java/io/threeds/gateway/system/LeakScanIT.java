package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PCI DSS v4 §3 checked on the result of the whole system-test run: once the server has stopped, every
 * card number the tests sent and every authentication value the API returned ({@link LeakLedger}) is
 * looked for in the database (the H2 file's bytes, or a PostgreSQL dump: provider evidence, audit trail,
 * stored answers, held requests) and in every server log. Run by its own failsafe execution after the
 * server stopped, so the database is closed and the logs complete. Zero hits; it prints what it looked
 * for and where.
 */
class LeakScanIT {
    private static final Path TARGET = LeakLedger.FOLDER.getParent();

    @Test
    void noCardNumberOrAuthenticationValueIsKeptInClear() throws Exception {
        Set<String> cardNumbers = LeakLedger.read(LeakLedger.CARD_NUMBERS);
        Set<String> values = LeakLedger.read(LeakLedger.AUTHENTICATION_VALUES);
        assertFalse(cardNumbers.isEmpty(), "the system tests recorded no card number: nothing to look for");
        assertFalse(values.isEmpty(), "the system tests recorded no authentication value: nothing to look for");

        Map<String, byte[]> places = new LinkedHashMap<>();
        database(places);
        try (Stream<Path> files = Files.walk(TARGET.resolve("liberty"))) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log") && f.toString().contains("/logs/"))
                    .toList()) {
                places.put(TARGET.relativize(log).toString(), Files.readAllBytes(log));
            }
        }
        List<String> hits = new ArrayList<>();
        places.forEach((place, bytes) -> {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            cardNumbers.forEach(number -> {
                if (text.contains(number)) {
                    hits.add("card number " + number.substring(0, 6) + "… in " + place);
                }
            });
            values.forEach(value -> {
                if (text.contains(value)) {
                    hits.add("authentication value " + value.substring(0, 4) + "… in " + place);
                }
            });
        });
        System.out.printf("leak scan: %d card numbers and %d authentication values looked for in %d places:%n",
                cardNumbers.size(), values.size(), places.size());
        places.forEach((place, bytes) -> System.out.printf("  %s (%d bytes)%n", place, bytes.length));
        assertEquals(List.of(), hits);
    }

    /** The H2 file's bytes, or a dump of the PostgreSQL database the suite ran on. */
    private static void database(Map<String, byte[]> places) throws IOException, InterruptedException {
        String url = System.getProperty("db.url");
        if (url.startsWith("jdbc:h2:file:")) {
            Path base = Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]);
            try (Stream<Path> files = Files.list(base.getParent())) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith(base.getFileName().toString()))
                        .toList()) {
                    places.put("H2 " + file.getFileName(), Files.readAllBytes(file));
                }
            }
        } else {
            String database = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
            ProcessBuilder dump = new ProcessBuilder("pg_dump", "--host=localhost", "--username="
                    + System.getProperty("db.user"), "--no-owner", database).redirectErrorStream(false);
            dump.environment().put("PGPASSWORD", System.getProperty("db.password"));
            Process process = dump.start();
            byte[] bytes = process.getInputStream().readAllBytes();
            process.waitFor(120, TimeUnit.SECONDS);
            assertEquals(0, process.exitValue(), "pg_dump failed: "
                    + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            places.put("PostgreSQL dump of " + database, bytes);
        }
        assertFalse(places.isEmpty(), "no database found for " + url);
    }
}
