package io.threeds.sandbox.verifone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

/**
 * Generates the sandbox's secure card capture key pair ({@value SecureCardCaptureKey#SANDBOX_ALIAS}) once, by
 * hand, never at build time: one RSA-3072 OpenPGP key that certifies and encrypts, its secret part NOT
 * protected by a passphrase (it is a public sandbox key). Writes the armoured public and private keys where
 * {@link SecureCardCaptureKey} reads them:
 * <pre>
 * mvn -o -q -pl sandbox-module test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp sandbox-module/target/test-classes:$(cat /tmp/cp.txt) \
 *     io.threeds.sandbox.verifone.SandboxKeyPairGenerator sandbox-module/src/main/resources/io/threeds/sandbox/verifone
 * </pre>
 */
public final class SandboxKeyPairGenerator {

    private SandboxKeyPairGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        PGPKeyRingGenerator rings = generate();
        Files.write(directory.resolve(SecureCardCaptureKey.SANDBOX_ALIAS + ".pub.asc"),
                armoured(out -> rings.generatePublicKeyRing().encode(out)));
        Files.write(directory.resolve(SecureCardCaptureKey.SANDBOX_ALIAS + ".sec.asc"),
                armoured(out -> rings.generateSecretKeyRing().encode(out)));
    }

    private static PGPKeyRingGenerator generate() throws PGPException {
        RSAKeyPairGenerator rsa = new RSAKeyPairGenerator();
        rsa.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), new SecureRandom(), 3072, 112));
        AsymmetricCipherKeyPair pair = rsa.generateKeyPair();
        PGPKeyPair key = new BcPGPKeyPair(PublicKeyPacket.VERSION_4, PGPPublicKey.RSA_GENERAL, pair, new Date());
        PGPSignatureSubpacketGenerator flags = new PGPSignatureSubpacketGenerator();
        flags.setKeyFlags(false, KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA | KeyFlags.ENCRYPT_COMMS
                | KeyFlags.ENCRYPT_STORAGE);
        flags.setPreferredSymmetricAlgorithms(false, new int[] {SymmetricKeyAlgorithmTags.AES_256});
        flags.setPreferredHashAlgorithms(false, new int[] {HashAlgorithmTags.SHA256});
        return new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, key,
                "3-D Secure gateway sandbox (verifone simulator) <" + SecureCardCaptureKey.SANDBOX_ALIAS + "@sandbox.invalid>",
                new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1), flags.generate(), null,
                new BcPGPContentSignerBuilder(PGPPublicKey.RSA_GENERAL, HashAlgorithmTags.SHA256), null);
    }

    private interface Encoding {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] armoured(Encoding encoding) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ArmoredOutputStream armour = ArmoredOutputStream.builder().clearHeaders()
                .addComment("Sandbox key of the verifone simulator: public test data, never a real key")
                .build(bytes)) {
            encoding.write(armour);
        }
        return bytes.toByteArray();
    }
}
