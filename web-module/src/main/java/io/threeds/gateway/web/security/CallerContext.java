package io.threeds.gateway.web.security;

import io.threeds.gateway.merchant.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The authenticated caller of the current request, set by {@link BearerAuthentication}. */
@RequestScoped
public class CallerContext {
    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Optional<Caller> current() {
        return Optional.ofNullable(caller);
    }

    /** The caller of a method that passed {@link RoleCheck}, so always present. */
    public Caller get() {
        return current().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
    }
}
