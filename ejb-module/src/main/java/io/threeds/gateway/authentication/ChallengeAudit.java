package io.threeds.gateway.authentication;

import io.threeds.gateway.audit.AuditEntry;
import io.threeds.gateway.audit.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/** Writes the audit event of a completed challenge, in the transaction that completed it. */
@ApplicationScoped
public class ChallengeAudit {
    @EJB
    AuditTrail audit;

    void onChallengeCompleted(@Observes ChallengeCompleted event) {
        audit.append(new AuditEntry("authentication.challenge_completed", event.actor(), "browser",
                event.merchantId(), event.authenticationId(), "COMPLETED",
                Map.of("provider", event.provider(), "transStatus", event.transStatus(), "flow", event.flow(),
                        "liabilityShift", String.valueOf(event.liabilityShift()))));
    }
}
