package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hosted page's callbacks as a provider is given them: {@code /3ds/{id}/{secret}/return} and the like. A
 * test learns the secret segment the way the shopper's browser does, from a page or field that carries it.
 */
final class Callbacks {
    private Callbacks() {
    }

    /** The callback base ({@code .../3ds/{id}/{secret}}) found in a page or a URL; fails when there is none. */
    static String baseIn(String text, String id) {
        Matcher found = pattern(id).matcher(text);
        assertTrue(found.find(), "no callback URL for " + id + " in " + text);
        return Gateway.URL + "/3ds/" + id + "/" + found.group(1);
    }

    /** Whether a URL is one of this authentication's callbacks, with a secret segment, ending so. */
    static boolean isCallback(String url, String id, String step) {
        return url.matches(Pattern.quote(Gateway.URL + "/3ds/" + id + "/") + "[0-9a-f]{32}/" + Pattern.quote(step));
    }

    private static Pattern pattern(String id) {
        return Pattern.compile("/3ds/" + Pattern.quote(id) + "/([0-9a-f]{32})(?![0-9a-f])");
    }
}
