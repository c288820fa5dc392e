package io.threeds.sandbox.verifone;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Date;
import java.util.Iterator;
import java.util.Optional;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPublicKeyKeyEncryptionMethodGenerator;

/**
 * A secure card capture key: the OpenPGP key pair a card is encrypted to ({@code public_key_alias}) and
 * decrypted with. The sandbox has one, {@value #SANDBOX_ALIAS}, generated once by hand and committed as
 * resources next to this class: {@code sandbox-key-1.pub.asc} (the armoured public key) and
 * {@code sandbox-key-1.sec.asc} (the armoured secret key, NOT passphrase-protected: public test data).
 * Bouncy Castle's lightweight API only; no JCA provider is registered. Messages are AES-256 with an
 * integrity packet (as OpenPGP.js writes them); a message without one, or whose integrity check fails, is
 * refused.
 */
final class SecureCardCaptureKey {
    static final String SANDBOX_ALIAS = "sandbox-key-1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String alias;
    private final String armouredPublicKey;
    private final PGPPublicKey encryptionKey;
    private final PGPPrivateKey privateKey;

    private SecureCardCaptureKey(String alias, String armouredPublicKey, PGPPublicKey encryptionKey,
                                 PGPPrivateKey privateKey) {
        this.alias = alias;
        this.armouredPublicKey = armouredPublicKey;
        this.encryptionKey = encryptionKey;
        this.privateKey = privateKey;
    }

    /** The committed sandbox key pair. */
    static SecureCardCaptureKey sandbox() {
        try {
            String armouredPublic = resource(SANDBOX_ALIAS + ".pub.asc");
            PGPPublicKeyRing publicRing = new PGPPublicKeyRing(decoder(armouredPublic), new BcKeyFingerprintCalculator());
            PGPPublicKey encryptionKey = encryptionKey(publicRing.getPublicKeys());
            PGPSecretKeyRing secretRing = new PGPSecretKeyRing(decoder(resource(SANDBOX_ALIAS + ".sec.asc")),
                    new BcKeyFingerprintCalculator());
            PGPSecretKey secret = secretRing.getSecretKey(encryptionKey.getKeyID());
            PGPPrivateKey privateKey = secret.extractPrivateKey(null);
            return new SecureCardCaptureKey(SANDBOX_ALIAS, armouredPublic, encryptionKey, privateKey);
        } catch (IOException | PGPException e) {
            throw new IllegalStateException("the sandbox key pair " + SANDBOX_ALIAS + " cannot be read", e);
        }
    }

    String alias() {
        return alias;
    }

    /** The public key as served to the browser: {@code -----BEGIN PGP PUBLIC KEY BLOCK-----...}. */
    String armouredPublicKey() {
        return armouredPublicKey;
    }

    /** An ASCII-armoured OpenPGP message ({@code -----BEGIN PGP MESSAGE-----...}) only this key opens. */
    String encrypt(byte[] plaintext) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ArmoredOutputStream armour = ArmoredOutputStream.builder().clearHeaders().build(bytes)) {
                PGPEncryptedDataGenerator encryption = new PGPEncryptedDataGenerator(
                        new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                                .setWithIntegrityPacket(true).setSecureRandom(RANDOM));
                encryption.addMethod(new BcPublicKeyKeyEncryptionMethodGenerator(encryptionKey));
                try (OutputStream encrypted = encryption.open(armour, new byte[1 << 12]);
                     OutputStream literal = new PGPLiteralDataGenerator().open(encrypted, PGPLiteralData.UTF8, "",
                             plaintext.length, new Date())) {
                    literal.write(plaintext);
                }
            }
            return bytes.toString(StandardCharsets.US_ASCII);
        } catch (IOException | PGPException e) {
            throw new IllegalStateException("OpenPGP encryption failed", e);
        }
    }

    /**
     * The plaintext of an armoured (or binary) OpenPGP message encrypted to this key, or empty when it is
     * not one, was encrypted to another key, or fails its integrity check. Any parsing failure of the
     * untrusted input counts as "not one".
     */
    Optional<byte[]> decrypt(byte[] message) {
        try {
            BcPGPObjectFactory objects = new BcPGPObjectFactory(PGPUtil.getDecoderStream(new ByteArrayInputStream(message)));
            Object first = objects.nextObject();
            while (first != null && !(first instanceof PGPEncryptedDataList)) {
                first = objects.nextObject();
            }
            if (first == null) {
                return Optional.empty();
            }
            for (PGPEncryptedData data : (PGPEncryptedDataList) first) {
                if (data instanceof PGPPublicKeyEncryptedData sealed && sealed.getKeyID() == encryptionKey.getKeyID()) {
                    return open(sealed);
                }
            }
            return Optional.empty();
        } catch (IOException | PGPException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<byte[]> open(PGPPublicKeyEncryptedData sealed) throws IOException, PGPException {
        if (!sealed.isIntegrityProtected()) {
            return Optional.empty();
        }
        byte[] plaintext;
        try (InputStream clear = sealed.getDataStream(new BcPublicKeyDataDecryptorFactory(privateKey))) {
            Object content = new BcPGPObjectFactory(clear).nextObject();
            if (content instanceof PGPCompressedData compressed) {
                content = new BcPGPObjectFactory(compressed.getDataStream()).nextObject();
            }
            if (!(content instanceof PGPLiteralData literal)) {
                return Optional.empty();
            }
            plaintext = literal.getInputStream().readAllBytes();
        }
        return sealed.verify() ? Optional.of(plaintext) : Optional.empty();
    }

    private static PGPPublicKey encryptionKey(Iterator<PGPPublicKey> keys) {
        while (keys.hasNext()) {
            PGPPublicKey key = keys.next();
            if (key.isEncryptionKey()) {
                return key;
            }
        }
        throw new IllegalStateException("the sandbox key ring has no encryption key");
    }

    private static InputStream decoder(String armoured) throws IOException {
        return PGPUtil.getDecoderStream(new ByteArrayInputStream(armoured.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String resource(String name) {
        try (InputStream in = SecureCardCaptureKey.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
