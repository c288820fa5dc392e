package io.threeds.sandbox.worldline;

/** The first Worldline page of a redirect: where {@code redirectURL} points. */
public enum RedirectPage {
    /** {@code /3dsecure/{uuid}?returnMAC=...}: the 3-D Secure 2 challenge. */
    CHALLENGE,
    /** {@code /redirector/{uuid}?locale=en_US}, continuing to the 3-D Secure 1.0 password page. */
    THREE_DS_1,
    /** {@code /redirector/{uuid}?locale=en_US}, completing the payment itself. */
    REDIRECTOR
}
