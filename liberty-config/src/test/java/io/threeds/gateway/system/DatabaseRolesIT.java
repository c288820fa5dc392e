package io.threeds.gateway.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On PostgreSQL, where the gateway connects as its own role and Flyway as the schema's owner: the
 * application's role can append to the audit trail but not change or delete it (DESIGN.md), so even
 * its own credentials cannot rewrite history, nor the sealer's links and signed batches; verify catches
 * whoever can. Run in the PostgreSQL pass only: the embedded H2 default has one role for both.
 */
class DatabaseRolesIT {
    /** PostgreSQL's insufficient_privilege. */
    private static final String REFUSED = "42501";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "UPDATE audit_event SET outcome = 'TAMPERED'",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event",
            "UPDATE audit_seal SET hash = previous_hash",
            "DELETE FROM audit_seal",
            "UPDATE audit_batch SET signature = head",
            "TRUNCATE audit_batch",
            "SELECT COUNT(*) FROM flyway_schema_history"})
    void theApplicationsRoleCannotRewriteTheAuditTrail(String sql) throws SQLException {
        try (Connection connection = asApplication(); Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql));
            assertEquals(REFUSED, refused.getSQLState(), refused.getMessage());
        }
        assertTrue(Gateway.get("/api/v1/audit/verify", Gateway.newAuditorKey()).json().getBoolean("verified"));
    }

    @Test
    void itReadsAndWritesWhatItNeeds() throws SQLException {
        try (Connection connection = asApplication(); Statement statement = connection.createStatement()) {
            assertTrue(statement.executeQuery("SELECT COUNT(*) FROM audit_event").next());
            assertEquals(0, statement.executeUpdate("UPDATE merchant SET name = name WHERE id = 'none'"));
            assertEquals(0, statement.executeUpdate("DELETE FROM held_request WHERE authentication_id = 'none'"));
            // The sealer consumes the pending queue and moves the chain head.
            assertEquals(0, statement.executeUpdate("DELETE FROM audit_pending WHERE event_id = 'none'"));
            assertEquals(0, statement.executeUpdate("UPDATE audit_chain_head SET sealer = sealer WHERE id = -1"));
        }
    }

    private static Connection asApplication() throws SQLException {
        return DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.application.user"),
                System.getProperty("db.application.password"));
    }
}
