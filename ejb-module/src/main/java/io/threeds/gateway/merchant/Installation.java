package io.threeds.gateway.merchant;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs at deployment, before any request: migrates the schema with Flyway, then provisions a fresh
 * installation. No container transaction here: Flyway commits its own connections, which a JTA
 * transaction would refuse.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Installation {
    @Resource(lookup = "jdbc/threeds")
    DataSource dataSource;

    @EJB
    Provisioning provisioning;

    @PostConstruct
    void start() {
        Flyway.configure(Installation.class.getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loader cannot list a folder: Flyway finds db/migration (and its
                // default db/callback) by the empty marker file flyway.location in each.
                .locations("classpath:db/migration")
                .load()
                .migrate();
        provisioning.provision();
    }
}
