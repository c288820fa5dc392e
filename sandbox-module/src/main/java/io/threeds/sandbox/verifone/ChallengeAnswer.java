package io.threeds.sandbox.verifone;

/** What the shopper did in the challenge modal. */
enum ChallengeAnswer {
    CORRECT_CODE,
    WRONG_CODE,
    /** The exit button ({@code action=cancel}). */
    CANCEL;

    /** The sandbox's one-time code (PROVIDERS.md §1.8). */
    static final String CODE = "1234";

    /** From the submitted form: {@code action=cancel}, else the code in {@code otp}. */
    static ChallengeAnswer of(String action, String otp) {
        if ("cancel".equals(action)) {
            return CANCEL;
        }
        return CODE.equals(otp == null ? null : otp.trim()) ? CORRECT_CODE : WRONG_CODE;
    }
}
