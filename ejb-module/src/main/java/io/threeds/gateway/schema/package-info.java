/**
 * The database schema at deployment: {@link io.threeds.gateway.schema.Installation} refuses unsafe settings,
 * migrates the schema with Flyway (the SQL migrations in {@code db/migration}, and the Java migrations of
 * {@link io.threeds.gateway.schema.ApplicationRoleRights}, which grant the application's database role only
 * what it needs, the audit trail append-only), then provisions a fresh installation.
 */
package io.threeds.gateway.schema;
