package io.threeds.sandbox.verifone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.openpgp.PGPUtil;
import org.junit.jupiter.api.Test;

class SecureCardCaptureKeyTest {
    private static final SecureCardCaptureKey KEY = SecureCardCaptureKey.sandbox();
    private static final byte[] CARD = "{\"cardNumber\":\"4111111111111111\",\"expiryMonth\":\"12\",\"expiryYear\":\"2030\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void encryptsAnArmouredMessageThatTheCommittedPrivateKeyOpens() {
        String message = KEY.encrypt(CARD);
        assertTrue(message.startsWith("-----BEGIN PGP MESSAGE-----"), message);
        assertTrue(message.strip().endsWith("-----END PGP MESSAGE-----"), message);
        assertArrayEquals(CARD, KEY.decrypt(message.getBytes(StandardCharsets.US_ASCII)).orElseThrow());
    }

    @Test
    void eachEncryptionIsFresh() {
        assertNotEquals(KEY.encrypt(CARD), KEY.encrypt(CARD));
    }

    @Test
    void servesTheCommittedPublicKey() {
        assertTrue(KEY.armouredPublicKey().startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"));
        assertTrue(!KEY.armouredPublicKey().contains("PRIVATE"));
        assertEquals("sandbox-key-1", KEY.alias());
    }

    @Test
    void refusesATamperedMessage() throws Exception {
        byte[] binary = PGPUtil.getDecoderStream(new java.io.ByteArrayInputStream(
                KEY.encrypt(CARD).getBytes(StandardCharsets.US_ASCII))).readAllBytes();
        for (int position : new int[] {binary.length - 1, binary.length - 30, binary.length / 2 + 200}) {
            byte[] tampered = binary.clone();
            tampered[position] ^= 0x01;
            assertTrue(KEY.decrypt(tampered).isEmpty(), "flipped byte " + position);
        }
    }

    @Test
    void refusesWhatIsNoOpenPgpMessage() {
        assertTrue(KEY.decrypt("-----BEGIN PGP MESSAGE-----\n\nbm90aGluZw==\n-----END PGP MESSAGE-----\n"
                .getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(KEY.decrypt(Base64.getEncoder().encode(CARD)).isEmpty());
        assertTrue(KEY.decrypt(new byte[0]).isEmpty());
    }
}
