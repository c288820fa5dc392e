package io.threeds.gateway.emv;

/** EMV transStatus, plus {@code E}: the gateway's "error, no usable result". A is never N, never Y. */
public enum TransStatus {
    Y, A, N, U, R, C, D, I, E;

    public boolean isFinal() {
        return this != C && this != D;
    }
}
