package io.threeds.gateway.web.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures are the database being away (503), as the mapper decides it. */
class UnexpectedExceptionMapperTest {
    @Test
    void aLostConnectionDeepInTheCausesIsTheDatabaseBeingAway() {
        // As EclipseLink wraps it: PersistenceException <- DatabaseException <- the driver's SQLException.
        assertTrue(UnexpectedExceptionMapper.databaseUnreachable(new IllegalStateException("persistence",
                new RuntimeException("database", new SQLException("Connection refused", "08001")))));
        assertTrue(UnexpectedExceptionMapper.databaseUnreachable(
                new RuntimeException(new SQLTransientConnectionException("pool timed out"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(UnexpectedExceptionMapper.databaseUnreachable(
                new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(UnexpectedExceptionMapper.databaseUnreachable(new NullPointerException()));
    }
}
