package io.threeds.gateway.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration that sets the application's database role's rights, none to alter the audit trail
 * (DESIGN.md: appends only). Flyway runs as the schema's owner; where the application connects as
 * another role, on PostgreSQL, each version runs its statements with that role's quoted name. Where
 * both are one role (the embedded H2 default), there is nothing to separate.
 */
abstract class ApplicationRoleRights implements JavaMigration {
    static final String APPLICATION_USER = "applicationUser";

    /** Every version, in order, for Flyway. */
    static JavaMigration[] all() {
        return new JavaMigration[] {new Initial(), new AuditSealsAppendOnly()};
    }

    private final String version;
    private final String description;

    private ApplicationRoleRights(String version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String application = context.getConfiguration().getPlaceholders().get(APPLICATION_USER);
        String owner = connection.getMetaData().getUserName();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                || application == null || application.equalsIgnoreCase(owner)) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            String schema;
            try (ResultSet current = sql.executeQuery("SELECT current_schema()")) {
                current.next();
                schema = identifier(current.getString(1));
            }
            grant(sql, identifier(application), schema, identifier(context.getConfiguration().getTable()));
        }
    }

    abstract void grant(Statement sql, String role, String schema, String history) throws SQLException;

    /**
     * Migration 7: the role may read and write every table, may only read and append to {@code audit_event},
     * and cannot touch Flyway's history; tables created later get the same rights.
     */
    private static final class Initial extends ApplicationRoleRights {
        Initial() {
            super("7", "application role rights");
        }

        @Override
        void grant(Statement sql, String role, String schema, String history) throws SQLException {
            sql.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
            sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
            sql.execute("REVOKE ALL ON " + history + " FROM " + role);
            sql.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM " + role);
            sql.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema
                    + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + role);
        }
    }

    /**
     * Migration 17: the sealer's links and signed batches (V13) are written once, so the role may read and
     * append to them but not change or delete them; the pending queue and the chain head stay writable,
     * since sealing consumes the one and moves the other.
     */
    private static final class AuditSealsAppendOnly extends ApplicationRoleRights {
        AuditSealsAppendOnly() {
            super("17", "audit seals append only");
        }

        @Override
        void grant(Statement sql, String role, String schema, String history) throws SQLException {
            sql.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_seal, audit_batch FROM " + role);
        }
    }

    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
