package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What anyone can send without a key cannot flood the audit trail or the logs: refused API keys and
 * hosted-page requests for unknown authentications are recorded once per client address and minute,
 * counted otherwise, and an address past the limit (the test build's, 200 a minute) gets 429. Each test
 * speaks from an address of its own in 127.0.0.0/8, as another client would.
 */
class RefusalsIT {
    private static final int LIMIT = Integer.getInteger("refusals.per-address");
    private String address;

    @BeforeEach
    void ownAddressWithinOneMinute() throws InterruptedException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        address = "127." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(2, 255);
        // The counts are per clock minute: start early in one, so that all requests fall into it.
        if (LocalTime.now().getSecond() > 45) {
            Thread.sleep((61 - LocalTime.now().getSecond()) * 1000L);
        }
    }

    @Test
    void refusedKeysAreAuditedOncePerAddressAndMinuteThenThrottled() throws IOException {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i <= LIMIT; i++) {
            answers.add(statusLine("GET /api/v1/authentications/" + UUID.randomUUID(), "Authorization: Bearer tds_m_forged" + i));
        }
        assertTrue(answers.subList(0, LIMIT).stream().allMatch(line -> line.contains(" 401 ")), answers.get(0));
        assertTrue(answers.get(LIMIT).contains(" 429 "), answers.get(LIMIT));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_event WHERE type = ? AND details LIKE ?",
                "api_key.refused", "%\"" + address + "\"%"), "one event for " + (LIMIT + 1) + " refusals");
    }

    @Test
    void unknownAuthenticationsAreLoggedOncePerAddressAndMinuteThenThrottled() throws IOException {
        String unknown = UUID.randomUUID().toString();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i <= LIMIT; i++) {
            answers.add(statusLine("GET /3ds/" + unknown + "/start?t=" + i, "Accept: text/html"));
        }
        assertTrue(answers.subList(0, LIMIT).stream().allMatch(line -> line.contains(" 400 ")), answers.get(0));
        assertTrue(answers.get(LIMIT).contains(" 429 "), answers.get(LIMIT));
        String log = Files.readString(Path.of(System.getProperty("gateway.log")));
        assertEquals(1, log.lines().filter(line -> line.contains("unknown authentication from " + address + " ")).count());
        assertEquals(0, Database.count("SELECT COUNT(*) FROM audit_event WHERE authentication_id = ?", unknown));
    }

    /** One HTTP/1.1 request from this test's address; the answer's status line. */
    private String statusLine(String requestLine, String header) throws IOException {
        URI gateway = URI.create(Gateway.URL);
        try (Socket socket = new Socket(InetAddress.getByName(gateway.getHost()), gateway.getPort(),
                InetAddress.getByName(address), 0)) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\nHost: " + gateway.getAuthority() + "\r\n" + header
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
