/**
 * The provider SPI. Each provider is one package {@code provider.<id>} holding its REST client,
 * its wire records and mapping to the normalised model, and a stateless EJB implementing
 * {@link io.threeds.gateway.provider.ThreeDSProvider}; the {@link io.threeds.gateway.provider.ProviderRegistry}
 * finds it by id. Nothing outside a provider's package switches on provider ids.
 */
package io.threeds.gateway.provider;
