package io.threeds.gateway.reporting;

import io.threeds.gateway.problem.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A keyset position: the last row of a page, so the next page starts strictly after it and rows
 * added meanwhile (always newer) neither repeat nor shift it. Clients see it as an opaque base64url
 * string; one issued for events is not accepted for authentications and the other way round.
 */
public final class Cursor {
    private static final Pattern EVENT = Pattern.compile("e1:(\\d{1,18})");
    private static final Pattern AUTHENTICATION = Pattern.compile("a1:([0-9T:.\\-]{16,29})/([0-9A-Za-z\\-]{1,36})");

    private Cursor() {
    }

    /** After the audit event with this sequence (events are listed by descending sequence). */
    public record AfterEvent(long sequence) {
        public String encode() {
            return opaque("e1:" + sequence);
        }
    }

    /** After this authentication (authentications are listed by descending createdAt, then id). */
    public record AfterAuthentication(LocalDateTime createdAt, String id) {
        public String encode() {
            return opaque("a1:" + createdAt + "/" + id);
        }
    }

    /** The position a cursor of the events list names; null for none; a 400 on {@code cursor} otherwise. */
    public static AfterEvent event(String cursor) {
        if (cursor == null) {
            return null;
        }
        Matcher matcher = EVENT.matcher(plain(cursor));
        if (!matcher.matches()) {
            throw invalid();
        }
        return new AfterEvent(Long.parseLong(matcher.group(1)));
    }

    /** The position a cursor of the authentications list names; null for none; a 400 on {@code cursor} otherwise. */
    public static AfterAuthentication authentication(String cursor) {
        if (cursor == null) {
            return null;
        }
        Matcher matcher = AUTHENTICATION.matcher(plain(cursor));
        if (!matcher.matches()) {
            throw invalid();
        }
        try {
            return new AfterAuthentication(LocalDateTime.parse(matcher.group(1)), matcher.group(2));
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    private static String opaque(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.US_ASCII));
    }

    private static String plain(String cursor) {
        if (cursor.length() > 120) {
            throw invalid();
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return ValidationException.of("cursor", "is not a cursor this list issued: pass nextCursor as it was given");
    }
}
