/**
 * The auditor's read side: filtered, keyset-paginated pages of audit events and authentications
 * ({@link io.threeds.gateway.reporting.AuditSearch}, positions as opaque {@link io.threeds.gateway.reporting.Cursor}s)
 * and the statistics over authentications and provider latency ({@link io.threeds.gateway.reporting.Statistics}).
 * It only reads; who read what is recorded in the audit trail by the API that serves it.
 */
package io.threeds.gateway.reporting;
