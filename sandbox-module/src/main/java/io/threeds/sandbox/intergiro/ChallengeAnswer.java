package io.threeds.sandbox.intergiro;

/** What the shopper did on a one-time-code page (the 3-D Secure 2 challenge or the 3-D Secure 1.0 ACS). */
public enum ChallengeAnswer {
    CORRECT_CODE,
    WRONG_CODE,
    CANCEL;

    /** The sandbox's one-time code. */
    static final String CODE = "1234";

    /** From the submitted form: {@code action=cancel}, else the code in {@code otp}. */
    static ChallengeAnswer of(String action, String otp) {
        if ("cancel".equals(action)) {
            return CANCEL;
        }
        return CODE.equals(otp == null ? null : otp.strip()) ? CORRECT_CODE : WRONG_CODE;
    }
}
