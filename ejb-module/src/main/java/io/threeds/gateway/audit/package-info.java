/**
 * The tamper-evident audit trail: {@link io.threeds.gateway.audit.AuditTrail} appends events to one
 * hash chain (each append locks the chain-head row, so every server instance extends the same chain),
 * {@link io.threeds.gateway.audit.ChainVerifier} walks it and names the first event that does not fit.
 */
package io.threeds.gateway.audit;
