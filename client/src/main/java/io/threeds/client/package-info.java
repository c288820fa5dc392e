/**
 * The gateway's Java client for merchants, partners and auditors (API.md), for any Jakarta EE or
 * MicroProfile server, or outside one with any MicroProfile REST Client implementation:
 * <ul>
 * <li>{@link io.threeds.client.AuthenticationsApi} and {@link io.threeds.client.AuditApi}, the REST client
 * interfaces, built with credentials by {@link io.threeds.client.GatewayClients} or injected with
 * {@code @RestClient} (config key {@code threeds});</li>
 * <li>the JSON-B records of every request and resource, which ignore members a later gateway adds;</li>
 * <li>every error answer thrown as a {@link io.threeds.client.GatewayProblem} subtype carrying the problem's
 * {@code type}, {@code status}, {@code detail}, field violations and {@code Retry-After};</li>
 * <li>{@link io.threeds.client.IdempotentRequests}: creates and authorisations under one generated
 * Idempotency-Key, retried with that key by a {@link io.threeds.client.RetryPolicy};</li>
 * <li>{@link io.threeds.client.KeysetPages}, {@link io.threeds.client.WebhookVerifier} and the sandbox's
 * {@link io.threeds.client.TestCards}.</li>
 * </ul>
 */
package io.threeds.client;
