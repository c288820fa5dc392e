/**
 * The tamper-evident audit trail: {@link io.threeds.gateway.audit.AuditTrail} writes events unsealed and
 * lock-free in the caller's transaction; {@link io.threeds.gateway.audit.AuditSealer} (one instance at a
 * time, by a lease on the chain head) chains them in batches through
 * {@link io.threeds.gateway.audit.AuditSealing} and signs each batch's checkpoint with
 * {@link io.threeds.gateway.audit.AuditSigningKey}; {@link io.threeds.gateway.audit.ChainVerifier} walks
 * the chain, checks the signatures and names the first event that does not fit.
 */
package io.threeds.gateway.audit;
