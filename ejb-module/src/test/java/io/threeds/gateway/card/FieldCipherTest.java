package io.threeds.gateway.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FieldCipherTest {
    private static final String OLD = "ZGV2LW9ubHktZGF0YS1rZXktMzItYnl0ZXMtbG9uZyE=";
    private static final String NEW = Base64.getEncoder().encodeToString(random(32));
    private static final String CAVV = "AAABBEg0VhI0VniQEjRWAAAAAAA=";
    private static final EncryptedColumn VALUE = EncryptedColumn.AUTHENTICATION_VALUE;

    private final FieldCipher before = new FieldCipher(DataKeyring.parse("k1:" + OLD));
    private final FieldCipher rotated = new FieldCipher(DataKeyring.parse("k2:" + NEW + ", k1:" + OLD));

    @Test
    void roundTripsWithAFreshNonceAndTheKeyIdInFront() {
        String sealed = before.encrypt(VALUE, "row-1", CAVV);
        assertTrue(sealed.startsWith("v2:k1:"), sealed);
        assertFalse(sealed.contains(CAVV));
        assertNotEquals(sealed, before.encrypt(VALUE, "row-1", CAVV), "a fresh nonce each time");
        assertEquals(CAVV, before.decrypt(VALUE, "row-1", sealed));
    }

    @Test
    void aValueMovedToAnotherRowOrColumnDoesNotDecrypt() {
        String sealed = before.encrypt(VALUE, "row-1", CAVV);
        assertThrows(IllegalStateException.class, () -> before.decrypt(VALUE, "row-2", sealed));
        assertThrows(IllegalStateException.class,
                () -> before.decrypt(EncryptedColumn.IDEMPOTENT_ANSWER, "row-1", sealed));
    }

    @Test
    void anAlteredValueDoesNotDecrypt() {
        char[] chars = before.encrypt(VALUE, "row-1", CAVV).toCharArray();
        chars[12] = chars[12] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> before.decrypt(VALUE, "row-1", new String(chars)));
    }

    @Test
    void afterRotationOldValuesStillReadAndNewOnesUseTheNewKey() {
        String old = before.encrypt(VALUE, "row-1", CAVV);
        assertEquals(CAVV, rotated.decrypt(VALUE, "row-1", old));
        assertFalse(rotated.current(old));
        String fresh = rotated.encrypt(VALUE, "row-1", CAVV);
        assertTrue(fresh.startsWith("v2:k2:"), fresh);
        assertTrue(rotated.current(fresh));
        assertThrows(IllegalStateException.class, () -> before.decrypt(VALUE, "row-1", fresh),
                "a server without the new key cannot read it");
    }

    @Test
    void eachColumnHasItsOwnDerivedKey() throws Exception {
        String sealed = before.encrypt(VALUE, "row-1", CAVV);
        byte[] all = Base64.getDecoder().decode(sealed.substring("v2:k1:".length()));
        Cipher raw = Cipher.getInstance("AES/GCM/NoPadding");
        raw.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(OLD), "AES"),
                new GCMParameterSpec(128, all, 0, 12));
        raw.updateAAD("authentication.authentication_value_enc#row-1".getBytes(StandardCharsets.UTF_8));
        assertThrows(javax.crypto.AEADBadTagException.class, () -> raw.doFinal(all, 12, all.length - 12),
                "the data key itself does not open a column's value");
    }

    @Test
    void valuesOfTheFormerFormStillRead() throws Exception {
        byte[] nonce = random(12);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(OLD), "AES"),
                new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(CAVV.getBytes(StandardCharsets.UTF_8));
        String v1 = "v1:" + Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        assertEquals(CAVV, rotated.decrypt(VALUE, "any", v1));
        assertFalse(rotated.current(v1));
        assertEquals("{\"cycleId\":\"c-1\"}", rotated.decrypt(EncryptedColumn.PROVIDER_REFS, "any",
                "{\"cycleId\":\"c-1\"}"), "provider refs were kept in clear before");
        assertThrows(IllegalArgumentException.class, () -> rotated.decrypt(VALUE, "any", "{\"a\":1}"));
    }

    @Test
    void theKeyringRefusesWhatIsNotA32ByteKeyWithAnId() {
        assertThrows(IllegalArgumentException.class, () -> DataKeyring.parse(""));
        assertThrows(IllegalArgumentException.class, () -> DataKeyring.parse(OLD));
        assertThrows(IllegalArgumentException.class, () -> DataKeyring.parse("k1:aGVsbG8="));
        assertThrows(IllegalArgumentException.class, () -> DataKeyring.parse("k1:" + OLD + ",k1:" + NEW));
        assertEquals("k2", DataKeyring.parse("k2:" + NEW + ",k1:" + OLD).activeId());
    }

    /** RFC 5869 appendix A.1, the first 32 bytes of its output. */
    @Test
    void hkdfMatchesTheRfcTestVector() {
        byte[] ikm = HexFormat.of().parseHex("0b".repeat(22));
        byte[] salt = HexFormat.of().parseHex("000102030405060708090a0b0c");
        byte[] info = HexFormat.of().parseHex("f0f1f2f3f4f5f6f7f8f9");
        assertArrayEquals(HexFormat.of().parseHex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"),
                Hkdf.derive(ikm, salt, info));
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
