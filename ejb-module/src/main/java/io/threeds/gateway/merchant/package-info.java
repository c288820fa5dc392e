/**
 * Who calls: merchants, partners (linked to the merchants they act for), auditors and admins, their
 * API keys (stored as SHA-256 hashes only), the {@link io.threeds.gateway.merchant.Caller} a key
 * resolves to, and the provisioning of a fresh installation
 * ({@link io.threeds.gateway.merchant.Provisioning}).
 */
package io.threeds.gateway.merchant;
