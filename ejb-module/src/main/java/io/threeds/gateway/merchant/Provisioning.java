package io.threeds.gateway.merchant;

import io.threeds.gateway.deployment.Deployment;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A fresh installation's first keys (API.md §1). The admin key is THREEDS_ADMIN_API_KEY when set
 * (only its hash is stored). In the sandbox profile, without it, the gateway generates one, and it
 * also creates a demo merchant and a demo auditor; each generated key is logged once, when created,
 * and never again.
 */
@Stateless
public class Provisioning {
    private static final Logger LOG = Logger.getLogger(Provisioning.class.getName());

    @EJB
    ApiKeys apiKeys;

    @EJB
    MerchantAdministration administration;

    @Inject
    Deployment deployment;

    @Inject
    @ConfigProperty(name = "THREEDS_ADMIN_API_KEY")
    Optional<String> adminKey;

    @Inject
    @ConfigProperty(name = "threeds.demo.provider", defaultValue = "worldline")
    String demoProvider;

    public void provision() {
        boolean sandbox = deployment.isSandbox();
        Caller system = Caller.system();
        if (adminKey.isPresent() && !adminKey.get().isBlank()) {
            if (!apiKeys.known(adminKey.get())) {
                apiKeys.register(adminKey.get(), Role.ADMIN, "admin", "admin");
                LOG.info("Admin API key registered from THREEDS_ADMIN_API_KEY.");
            }
        } else if (!apiKeys.anyWithRole(Role.ADMIN)) {
            if (sandbox) {
                String key = apiKeys.issue(Role.ADMIN, "admin", "admin");
                LOG.info("SANDBOX admin API key (shown once): " + key);
            } else {
                LOG.warning("No admin API key: set THREEDS_ADMIN_API_KEY to administer this installation.");
            }
        }
        if (!sandbox) {
            return;
        }
        if (!apiKeys.anyWithRole(Role.MERCHANT)) {
            Credentials<io.threeds.gateway.persistence.Merchant> demo = administration.createMerchant(system,
                    new NewMerchant("Demo merchant", demoProvider, List.of(), null, List.of(), null));
            LOG.info("SANDBOX demo merchant " + demo.principal().getId() + " API key (shown once): " + demo.apiKey());
        }
        if (!apiKeys.anyWithRole(Role.AUDITOR)) {
            Credentials<Auditor> auditor = administration.createAuditor(system, "Demo auditor");
            LOG.info("SANDBOX demo auditor " + auditor.principal().id() + " API key (shown once): "
                    + auditor.apiKey());
        }
    }
}
