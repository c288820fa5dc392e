package io.threeds.sandbox.worldline;

/**
 * The three payment statuses the seed shows (G-W8), with their {@code statusOutput} and the
 * {@code threeDSecureStatus} each carries (G-W9).
 */
public enum PaymentStatus {
    REDIRECTED("PENDING_PAYMENT", 50, false, false, "ENROLLED"),
    PENDING_APPROVAL("PENDING_MERCHANT", 600, true, true, null),
    REJECTED("UNSUCCESSFUL", 180, false, false, "INVALID_PARES_OR_NOT_COMPLETED");

    private final String statusCategory;
    private final int statusCode;
    private final boolean authorized;
    private final boolean cancellable;
    private final String threeDSecureStatus;

    PaymentStatus(String statusCategory, int statusCode, boolean authorized, boolean cancellable,
                  String threeDSecureStatus) {
        this.statusCategory = statusCategory;
        this.statusCode = statusCode;
        this.authorized = authorized;
        this.cancellable = cancellable;
        this.threeDSecureStatus = threeDSecureStatus;
    }

    public String statusCategory() {
        return statusCategory;
    }

    public int statusCode() {
        return statusCode;
    }

    public boolean authorized() {
        return authorized;
    }

    public boolean cancellable() {
        return cancellable;
    }

    /** {@code ENROLLED}, {@code INVALID_PARES_OR_NOT_COMPLETED}, or {@code null} (not shown). */
    public String threeDSecureStatus() {
        return threeDSecureStatus;
    }
}
