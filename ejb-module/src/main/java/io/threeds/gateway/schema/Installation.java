package io.threeds.gateway.schema;

import io.threeds.gateway.deployment.ProductionChecks;
import io.threeds.gateway.merchant.Provisioning;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;

/**
 * Runs at deployment, before any request: refuses unsafe settings ({@link ProductionChecks}), migrates the schema with Flyway, as the schema's owner
 * ({@code jdbc/threedsOwner}, by default the application's own role), then provisions a fresh
 * installation. No container transaction here: Flyway commits its own connections, which a JTA
 * transaction would refuse.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Installation {
    private static final Logger LOG = Logger.getLogger(Installation.class.getName());

    @Resource(lookup = "jdbc/threeds")
    DataSource dataSource;

    @Resource(lookup = "jdbc/threedsOwner")
    DataSource ownerDataSource;

    @EJB
    Provisioning provisioning;

    @PostConstruct
    void start() {
        refuseUnsafeSettings();
        Flyway.configure(Installation.class.getClassLoader())
                .dataSource(ownerDataSource)
                // Liberty's class loader cannot list a folder: Flyway finds db/migration (and its
                // default db/callback) by the empty marker file flyway.location in each.
                .locations("classpath:db/migration")
                .javaMigrations(ApplicationRoleRights.all())
                .placeholders(Map.of(ApplicationRoleRights.APPLICATION_USER, applicationUser()))
                .load()
                .migrate();
        provisioning.provision();
    }

    /**
     * A production deployment with a sandbox setting does not start: one SEVERE line per problem, naming its
     * setting, then the application fails to start (the server stays up, health reports it not ready).
     */
    private static void refuseUnsafeSettings() {
        Config config = ConfigProvider.getConfig(Installation.class.getClassLoader());
        List<String> problems = ProductionChecks.of(name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            problems.forEach(problem -> LOG.severe("REFUSING TO START: " + problem));
            throw new IllegalStateException("the gateway refuses to start: " + problems.size()
                    + " unsafe setting(s), each logged above");
        }
    }

    /** The role the application connects as, to which the migrations grant what it needs. */
    private String applicationUser() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getUserName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database as the application's role", e);
        }
    }
}
