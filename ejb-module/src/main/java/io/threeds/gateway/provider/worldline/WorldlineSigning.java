package io.threeds.gateway.provider.worldline;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Signs each Worldline call as it leaves the REST client, so that the signature covers the request
 * actually sent: the content type signed is the very string of the request's {@code Content-Type}
 * header, read after the client set it and pinned as that string (a GET, which has none, signs an
 * empty one); the date signed is the {@code Date} header sent; the path is the request's path after
 * the configured base URL ({@code /v1/70417/payments}). Key, secret and base URL are MP Config's
 * {@code worldline.api-key-id}, {@code worldline.api-secret} and {@code worldline/mp-rest/url}.
 */
public class WorldlineSigning implements ClientRequestFilter {
    private final WorldlineSignature signature;
    private final String basePath;
    private final Clock clock;

    public WorldlineSigning() {
        this(ConfigProvider.getConfig());
    }

    private WorldlineSigning(Config config) {
        this(new WorldlineSignature(config.getValue("worldline.api-key-id", String.class),
                        config.getValue("worldline.api-secret", String.class)),
                config.getValue("worldline/mp-rest/url", String.class), Clock.systemUTC());
    }

    WorldlineSigning(WorldlineSignature signature, String baseUrl, Clock clock) {
        this.signature = signature;
        this.basePath = URI.create(baseUrl).getRawPath().replaceAll("/+$", "");
        this.clock = clock;
    }

    @Override
    public void filter(ClientRequestContext request) {
        String contentType = request.getStringHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, contentType);
        }
        String date = WorldlineSignature.date(ZonedDateTime.now(clock));
        request.getHeaders().putSingle(HttpHeaders.DATE, date);
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, signature.authorization(request.getMethod(),
                contentType == null ? "" : contentType, date, signedPath(request.getUri())));
    }

    private String signedPath(URI uri) {
        String path = uri.getRawPath();
        if (!path.startsWith(basePath)) {
            throw new IllegalStateException("worldline request " + path + " is not under the base URL's path " + basePath);
        }
        return path.substring(basePath.length());
    }
}
