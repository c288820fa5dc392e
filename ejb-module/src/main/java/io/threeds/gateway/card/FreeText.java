package io.threeds.gateway.card;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from outside (a provider's reason or error description, an exception message) as it may be
 * stored, audited or logged: every run of 12 to 19 digits, spaces or dashes between them allowed, that
 * passes the Luhn check is a card number and is cut to what {@link Truncation} keeps.
 */
public final class FreeText {
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){11,22}(?![0-9])");

    private FreeText() {
    }

    public static String scrub(String text) {
        if (text == null || text.length() < 12) {
            return text;
        }
        Matcher run = DIGIT_RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (run.find()) {
            String digits = run.group().replaceAll("[ -]", "");
            boolean card = digits.length() >= 12 && digits.length() <= 19 && Luhn.valid(digits);
            run.appendReplacement(out, Matcher.quoteReplacement(card ? Truncation.masked(digits) : run.group()));
        }
        run.appendTail(out);
        return out.toString();
    }
}
