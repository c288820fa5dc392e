package io.threeds.gateway.provider.verifone;

import io.threeds.gateway.Jsonp;
import io.threeds.gateway.card.Card;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Iterator;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/**
 * What verifone.js does in a shopper's browser, done by the gateway for a merchant that sent a plain
 * card number (API.md §2): the card as JSON, encrypted (OpenPGP, AES-256 with integrity protection)
 * for Verifone's secure card capture public key, ASCII-armoured, then base64.
 */
public final class CardEncryption {
    private static final SecureRandom RANDOM = new SecureRandom();

    private CardEncryption() {
    }

    public static String encrypt(Card card, String armouredPublicKey) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("cardNumber", card.number())
                .add("expiryMonth", card.expiryMonth())
                .add("expiryYear", card.expiryYear());
        if (card.securityCode() != null) {
            json.add("cvv", card.securityCode());
        }
        byte[] plain = json.build().toString().getBytes(StandardCharsets.UTF_8);
        try {
            PGPPublicKey key = encryptionKey(armouredPublicKey);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ArmoredOutputStream armour = new ArmoredOutputStream(out)) {
                PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(
                        new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true)
                                .setSecureRandom(RANDOM));
                generator.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(key).setSecureRandom(RANDOM));
                try (OutputStream encrypted = generator.open(armour, new byte[4096]);
                     OutputStream literal = new PGPLiteralDataGenerator().open(encrypted, PGPLiteralData.BINARY,
                             "card", plain.length, new Date())) {
                    literal.write(plain);
                }
            }
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException | PGPException e) {
            throw new IllegalStateException("cannot encrypt the card for verifone's key", e);
        }
    }

    /** The OpenPGP fingerprint of the key's encryption key, lower-case hex (what {@code gpg --fingerprint} shows). */
    public static String fingerprint(String armouredPublicKey) {
        try {
            return HexFormat.of().formatHex(encryptionKey(armouredPublicKey).getFingerprint());
        } catch (IOException | PGPException e) {
            throw new IllegalStateException("verifone's card capture key is not an OpenPGP public key", e);
        }
    }

    private static PGPPublicKey encryptionKey(String armoured) throws IOException, PGPException {
        try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(
                armoured.getBytes(StandardCharsets.US_ASCII)))) {
            PGPPublicKeyRingCollection rings = new PGPPublicKeyRingCollection(in, new BcKeyFingerprintCalculator());
            for (Iterator<PGPPublicKeyRing> r = rings.getKeyRings(); r.hasNext(); ) {
                for (Iterator<PGPPublicKey> k = r.next().getPublicKeys(); k.hasNext(); ) {
                    PGPPublicKey key = k.next();
                    if (key.isEncryptionKey()) {
                        return key;
                    }
                }
            }
        }
        throw new PGPException("no encryption key in verifone's public key");
    }
}
