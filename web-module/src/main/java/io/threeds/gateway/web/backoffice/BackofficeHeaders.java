package io.threeds.gateway.web.backoffice;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers for the back-office files. The page needs its own script, its own stylesheet and
 * fetches to its own origin, and nothing else: no inline script or style, no form submission (forms
 * are read by the script), no framing, no base URL. {@code /backoffice/*} also matches
 * {@code /backoffice} itself, which the default servlet redirects to the folder. It implements
 * {@link Filter} itself: Liberty ignores a {@code @WebFilter} that only inherits it, from
 * {@code HttpFilter} (SRVE9991E).
 */
@WebFilter(urlPatterns = "/backoffice/*")
public class BackofficeHeaders implements Filter {
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Content-Security-Policy", POLICY);
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("Referrer-Policy", "no-referrer");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        http.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        http.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        http.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }
}
