/**
 * The gateway's web module: three JAX-RS applications with explicit class lists, so that the API's
 * bearer-key filters never run on the browser-facing pages and vice versa:
 * {@code /api/v1} ({@link io.threeds.gateway.web.GatewayApi}), {@code /3ds} ({@link io.threeds.gateway.web.HostedPages})
 * and {@code /problems} ({@link io.threeds.gateway.web.ProblemPages}).
 */
package io.threeds.gateway.web;
