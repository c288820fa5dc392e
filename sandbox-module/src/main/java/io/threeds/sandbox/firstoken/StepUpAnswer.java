package io.threeds.sandbox.firstoken;

/** What the shopper did on the step-up page. */
enum StepUpAnswer {
    CORRECT_CODE,
    WRONG_CODE,
    CANCEL;

    /** The sandbox's one-time code. */
    static final String CODE = "1234";

    /** From the submitted form: {@code action=cancel}, else the code in {@code otp}. */
    static StepUpAnswer of(String action, String otp) {
        if ("cancel".equals(action)) {
            return CANCEL;
        }
        return CODE.equals(otp == null ? null : otp.trim()) ? CORRECT_CODE : WRONG_CODE;
    }
}
