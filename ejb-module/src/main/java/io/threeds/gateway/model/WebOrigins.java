package io.threeds.gateway.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * URL rules for return URLs, webhook URLs and allowed origins: https, and in the sandbox profile also
 * http on localhost (a developer's shop and webhook receiver).
 */
public final class WebOrigins {
    private WebOrigins() {
    }

    public static boolean isAcceptableUrl(String url, boolean sandbox) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
                return false;
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("https") || (sandbox && scheme.equals("http") && isLocal(uri.getHost()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static boolean isOrigin(String origin, boolean sandbox) {
        if (!isAcceptableUrl(origin, sandbox)) {
            return false;
        }
        URI uri = URI.create(origin);
        return (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null;
    }

    public static String originOf(URI uri) {
        String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT);
        return uri.getPort() == -1 ? origin : origin + ":" + uri.getPort();
    }

    private static boolean isLocal(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }
}
