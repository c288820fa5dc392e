package io.threeds.sandbox;

/** What the shopper did on a simulator's one-time-code page (a challenge, a step-up, a 3-D Secure 1.0 ACS). */
public enum ShopperAnswer {
    CORRECT_CODE,
    WRONG_CODE,
    /** The page's cancel or exit button ({@code action=cancel}). */
    CANCEL;

    /** The sandbox's one-time code (SANDBOX.md). */
    public static final String CODE = "1234";

    /** From the submitted form: {@code action=cancel}, else the code in {@code otp}. */
    public static ShopperAnswer of(String action, String otp) {
        if ("cancel".equals(action)) {
            return CANCEL;
        }
        return CODE.equals(otp == null ? null : otp.strip()) ? CORRECT_CODE : WRONG_CODE;
    }
}
