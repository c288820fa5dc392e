package io.threeds.gateway.web.problem;

import io.threeds.gateway.problem.GatewayException;
import io.threeds.gateway.problem.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: a generic 500 whose instance id finds the stack trace in the log; except a lost
 * database connection, which is 503 with {@code Retry-After}: the transaction it broke was rolled back,
 * and the pool reconnects by itself once the database is back.
 */
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        String instance = "urn:uuid:" + UUID.randomUUID();
        if (databaseUnreachable(exception)) {
            LOG.log(Level.WARNING, "Database unavailable " + instance + ": " + exception);
            return Response.status(503).type(ProblemResponses.MEDIA_TYPE).header("Retry-After", "5")
                    .entity(ProblemResponses.body(new GatewayException(ProblemType.DATABASE_UNAVAILABLE,
                            "the gateway cannot reach its database; nothing was changed"), instance))
                    .build();
        }
        LOG.log(Level.SEVERE, "Internal error " + instance, exception);
        return Response.status(500).type(ProblemResponses.MEDIA_TYPE)
                .entity(ProblemResponses.body(new GatewayException(ProblemType.INTERNAL,
                        "the gateway failed; quote the instance id to support"), instance))
                .build();
    }

    /** A connection failure anywhere in the causes: SQLState class 08, or the JDBC connection exceptions. */
    static boolean databaseUnreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
