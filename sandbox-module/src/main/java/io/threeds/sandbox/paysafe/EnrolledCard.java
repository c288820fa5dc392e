package io.threeds.sandbox.paysafe;

import io.threeds.sandbox.CardBrand;
import io.threeds.sandbox.CardNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an enrollment check keeps of its card: never the number, only its brand, last four digits,
 * length and a SHA-256 fingerprint, enough to mask it as 3-D Secure 1.0 does and to recognise it when
 * the authorisation names the enrollment's {@code xid}.
 */
public record EnrolledCard(CardBrand brand, String lastFour, int length, String fingerprint) {

    static EnrolledCard of(CardNumber card) {
        return new EnrolledCard(card.brand(), card.lastFour(), card.digits().length(), fingerprint(card));
    }

    /** The same card number? */
    boolean matches(CardNumber card) {
        return MessageDigest.isEqual(fingerprint.getBytes(StandardCharsets.US_ASCII),
                fingerprint(card).getBytes(StandardCharsets.US_ASCII));
    }

    /** As a PARes's {@code pan} shows it: zeros, then the last four digits ({@code 0000000000002701}). */
    public String zeroMasked() {
        return "0".repeat(Math.max(0, length - lastFour.length())) + lastFour;
    }

    /** As the ACS page and the PaReq's {@code acctID} show it: {@code ************2701}. */
    public String starMasked() {
        return "*".repeat(Math.max(0, length - lastFour.length())) + lastFour;
    }

    private static String fingerprint(CardNumber card) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(card.digits().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
