/**
 * The gateway's stored state: merchants, partners and API keys, authentication attempts, the provider
 * calls made for them, the hash-chained audit trail and idempotency records. Entities know nothing
 * about providers; the schema is Flyway's ({@code db/migration}), identical on H2 and PostgreSQL.
 * Times are {@link java.time.LocalDateTime} in UTC (EclipseLink would serialise an {@code Instant}).
 */
package io.threeds.gateway.persistence;
