/**
 * The provider-neutral model: a new authentication as the merchant asked for it (amount, card, browser,
 * billing, customer), a provider's result in EMV terms ({@link io.threeds.gateway.model.ThreeDSResult}),
 * the browser step it asks for and the authorization's result, the Bean Validation constraints a new
 * authentication must meet (those of the deployment's profile in a {@link io.threeds.gateway.model.Profiles}
 * group) and the URL rules of {@link io.threeds.gateway.model.WebOrigins}. It builds on the {@code emv}
 * vocabulary and knows no provider, no JAX-RS and no persistence, so that every other package may import it.
 */
package io.threeds.gateway.model;
