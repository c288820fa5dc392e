package io.threeds.gateway.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the system tests sent and got that must never be kept in clear: every card number sent to the
 * gateway and every authentication value it returned, written down as the tests run, for
 * {@link LeakScanIT} to look for afterwards in the database, the logs and the evidence.
 */
final class LeakLedger {
    static final Path FOLDER = Path.of(System.getProperty("leak.dir", "target/leak-scan"));
    static final Path CARD_NUMBERS = FOLDER.resolve("card-numbers.txt");
    static final Path AUTHENTICATION_VALUES = FOLDER.resolve("authentication-values.txt");
    private static final Pattern CARD_NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([0-9]{12,19})\"");
    private static final Pattern AUTHENTICATION_VALUE = Pattern.compile(
            "\"authenticationValue\"\\s*:\\s*\"([^\"]+)\"");
    private static final Set<String> SEEN = new TreeSet<>();

    private LeakLedger() {
    }

    static void sent(String body) {
        note(CARD_NUMBER, body, CARD_NUMBERS);
    }

    static void received(String body) {
        note(AUTHENTICATION_VALUE, body, AUTHENTICATION_VALUES);
    }

    static Set<String> read(Path file) throws IOException {
        return Files.exists(file) ? new TreeSet<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : Set.of();
    }

    private static synchronized void note(Pattern pattern, String body, Path file) {
        if (body == null) {
            return;
        }
        Matcher found = pattern.matcher(body);
        while (found.find()) {
            if (SEEN.add(found.group(1))) {
                try {
                    Files.createDirectories(FOLDER);
                    Files.writeString(file, found.group(1) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
