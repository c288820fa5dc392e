package io.threeds.gateway.emv;

public enum RecommendedAction {
    PROCEED, PROCEED_WITHOUT_LIABILITY_SHIFT, DO_NOT_PROCEED, RETRY, AWAIT_BROWSER;

    /** PROVIDERS.md §7.6: what a merchant should do with a result of this status. */
    public static RecommendedAction forStatus(TransStatus status, boolean technicalError) {
        return switch (status) {
            case Y, A -> PROCEED;
            case U, I -> PROCEED_WITHOUT_LIABILITY_SHIFT;
            case N, R -> DO_NOT_PROCEED;
            case C, D -> AWAIT_BROWSER;
            case E -> technicalError ? RETRY : DO_NOT_PROCEED;
        };
    }
}
