/**
 * The sandbox: simulators of the providers' APIs (SANDBOX.md), one package per provider, and what
 * they share.
 *
 * <p>This package owns the pieces that are the same for every provider:
 * <ul>
 *   <li>{@link io.threeds.sandbox.SandboxApplication}, the one JAX-RS application of the WAR (context
 *       root {@code /sandbox}, so every simulator lives under {@code /sandbox/{provider}/...});</li>
 *   <li>the test-card table of SANDBOX.md ({@link io.threeds.sandbox.TestCardScenario}), card numbers,
 *       brands and their ECIs ({@link io.threeds.sandbox.CardNumber}, {@link io.threeds.sandbox.CardBrand});
 *       each provider maps a table row to its own documented mechanism;</li>
 *   <li>the control endpoints {@code PUT|DELETE /sandbox/{provider}/faults} ({@link io.threeds.sandbox.FaultResource})
 *       and {@code GET /sandbox/{provider}/calls} ({@link io.threeds.sandbox.CallLogResource});</li>
 *   <li>{@link io.threeds.sandbox.ProviderApiFilter}, which applies armed faults to, and records, every
 *       call to a resource class marked {@link io.threeds.sandbox.ProviderApi}: the providers' REST APIs,
 *       never their browser pages;</li>
 *   <li>lenient reading of request bodies ({@link io.threeds.sandbox.RequestBody}) and HTML escaping
 *       for the simulated browser pages ({@link io.threeds.sandbox.HtmlPage}).</li>
 * </ul>
 *
 * <p>Adding a provider: a package {@code io.threeds.sandbox.<id>} with its resources marked
 * {@code @ProviderApi("<id>")} and one {@link io.threeds.sandbox.ProviderErrorFormat} bean for its error
 * bodies. Give the resources root paths of at least two segments ({@code <id>/v1/...}, {@code <id>/acs}):
 * JAX-RS picks the root resource class with the most literal characters first, so a bare
 * {@code @Path("<id>")} root would capture {@code /<id>/faults} and {@code /<id>/calls}.
 *
 * <p>State (faults, the call log, each simulator's payments) lives in memory, survives no restart and
 * needs nothing. The simulators never call the gateway: results travel through the shopper's browser.
 */
package io.threeds.sandbox;
