package io.threeds.gateway.merchant;

/**
 * The authenticated principal of a request. {@code merchantId} is the merchant it acts for
 * (its own for a merchant key; for a partner key the {@code Merchant-Id} it sent, once the link is
 * verified; null for auditors and admins).
 */
public record Caller(Role role, String principalId, String principalName, String merchantId) {

    /** The actor as the audit trail names it. */
    public String actor() {
        return role.wireName() + ":" + principalId;
    }

    /** For the gateway's own actions (startup, expiry). */
    public static Caller system() {
        return new Caller(Role.ADMIN, "system", "system", null);
    }
}
