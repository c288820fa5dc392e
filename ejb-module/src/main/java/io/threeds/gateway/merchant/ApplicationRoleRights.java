package io.threeds.gateway.merchant;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 7: the application's database role gets only the rights it needs, none to alter the audit
 * trail (DESIGN.md: appends only). Flyway runs as the schema's owner; where the application connects
 * as another role, on PostgreSQL, that role may read and write every table, may only read and append
 * to {@code audit_event}, and cannot touch Flyway's history; tables created later get the same rights.
 * Where both are one role (the embedded H2 default), there is nothing to separate.
 */
final class ApplicationRoleRights implements JavaMigration {
    static final String APPLICATION_USER = "applicationUser";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "application role rights";
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
        String role = identifier(application);
        String history = identifier(context.getConfiguration().getTable());
        try (Statement sql = connection.createStatement()) {
            String schema;
            try (ResultSet current = sql.executeQuery("SELECT current_schema()")) {
                current.next();
                schema = identifier(current.getString(1));
            }
            sql.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
            sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
            sql.execute("REVOKE ALL ON " + history + " FROM " + role);
            sql.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM " + role);
            sql.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema
                    + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + role);
        }
    }

    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
