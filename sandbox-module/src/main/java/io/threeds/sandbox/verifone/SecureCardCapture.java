package io.threeds.sandbox.verifone;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Verifone's secure card capture: the {@code encrypted_card} format, base64 of an ASCII-armoured OpenPGP
 * message whose plaintext is the card's JSON ({@link CardDetails}), encrypted to the key named by
 * {@code public_key_alias}. The sandbox knows one key, {@value SecureCardCaptureKey#SANDBOX_ALIAS}. The
 * armoured message itself, not base64-wrapped, is accepted too.
 */
@ApplicationScoped
public class SecureCardCapture {
    private static final String ARMOUR = "-----BEGIN PGP MESSAGE-----";

    private final SecureCardCaptureKey key = SecureCardCaptureKey.sandbox();

    /** The armoured public key of an alias, if it is the sandbox's. */
    Optional<String> publicKey(String alias) {
        return knows(alias) ? Optional.of(key.armouredPublicKey()) : Optional.empty();
    }

    boolean knows(String alias) {
        return key.alias().equals(alias);
    }

    /** What verifone.js hands back as {@code encryptedCard}: base64 of the armoured message. */
    String encrypt(CardDetails card) {
        return Base64.getEncoder().encodeToString(key.encrypt(card.toJson()).getBytes(StandardCharsets.US_ASCII));
    }

    /** The card inside an {@code encrypted_card} for a known alias; empty when it cannot be opened or read. */
    Optional<CardDetails> decrypt(String alias, String encryptedCard) {
        if (!knows(alias) || encryptedCard == null) {
            return Optional.empty();
        }
        return message(encryptedCard.trim()).flatMap(key::decrypt)
                .flatMap(plaintext -> CardDetails.parse(new String(plaintext, StandardCharsets.UTF_8)));
    }

    private static Optional<byte[]> message(String encryptedCard) {
        if (encryptedCard.startsWith(ARMOUR)) {
            return Optional.of(encryptedCard.getBytes(StandardCharsets.US_ASCII));
        }
        try {
            return Optional.of(Base64.getMimeDecoder().decode(encryptedCard));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
