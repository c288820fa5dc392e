/**
 * Who calls: merchants, auditors and admins, their API keys (stored as SHA-256 hashes only), the
 * {@link io.threeds.gateway.merchant.Caller} a key resolves to, and the startup that migrates the
 * schema and provisions a fresh installation ({@link io.threeds.gateway.merchant.Installation}).
 */
package io.threeds.gateway.merchant;
