package io.threeds.gateway.model;

/**
 * Every URL of one authentication's hosted page: the page itself, {@code /3ds/{id}}, where each browser
 * step starts with its one-time token ({@code /start?t=}), and the callbacks a provider is given for the
 * shopper's way back, under a secret path segment: {@code /3ds/{id}/{secret}/return},
 * {@code /challenge-complete} and {@code /method-complete}. Built from the configured public base URL, never
 * from a request's Host header.
 */
public record HostedPageUrls(String page, String callbacks) {
    private static final String RETURN = "/return";
    private static final String CHALLENGE_COMPLETE = "/challenge-complete";
    private static final String METHOD_COMPLETE = "/method-complete";

    /** The URLs of authentication {@code id} under {@code publicBaseUrl}, callbacks under {@code secret}. */
    public static HostedPageUrls of(String publicBaseUrl, String id, String secret) {
        String page = publicBaseUrl + "/3ds/" + id;
        return new HostedPageUrls(page, page + "/" + secret);
    }

    /** Where the shopper starts a browser step; with {@code ""}, the URL that the step's token completes. */
    public String start(String token) {
        return page + "/start?t=" + token;
    }

    /** Where a full-page redirect to the provider (worldline's hosted page) sends the shopper back. */
    public String returnUrl() {
        return callbacks + RETURN;
    }

    /** Where the ACS posts the challenge's result (CRes, PaRes). */
    public String challengeComplete() {
        return callbacks + CHALLENGE_COMPLETE;
    }

    /** Where the 3DS Method tells that it ran. */
    public String methodComplete() {
        return methodComplete(callbacks);
    }

    /** The 3DS Method notification URL under a callback base, for wire mappings that are given the base. */
    public static String methodComplete(String callbacks) {
        return callbacks + METHOD_COMPLETE;
    }
}
