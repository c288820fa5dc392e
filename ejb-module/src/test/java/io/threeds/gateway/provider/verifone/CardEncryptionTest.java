package io.threeds.gateway.provider.verifone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.threeds.gateway.card.Card;
import io.threeds.gateway.card.EncryptedCard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyConverter;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyDataDecryptorFactoryBuilder;
import org.junit.jupiter.api.Test;

/** The card as verifone.js would encrypt it: a real OpenPGP message only the key's owner can read. */
class CardEncryptionTest {

    @Test
    void onlyThePrivateKeyReadsTheCard() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        JcaPGPKeyConverter converter = new JcaPGPKeyConverter();
        PGPPublicKey publicKey = converter.getPGPPublicKey(PublicKeyAlgorithmTags.RSA_GENERAL, pair.getPublic(),
                new Date());
        PGPPrivateKey privateKey = converter.getPGPPrivateKey(publicKey, pair.getPrivate());
        ByteArrayOutputStream armoured = new ByteArrayOutputStream();
        try (ArmoredOutputStream out = new ArmoredOutputStream(armoured)) {
            publicKey.encode(out);
        }
        String message = CardEncryption.encrypt(new Card("4111111111111111", 12, 2030, "Jane", "123"),
                armoured.toString(StandardCharsets.US_ASCII));
        String pgp = new String(Base64.getDecoder().decode(message), StandardCharsets.US_ASCII);
        assertTrue(pgp.startsWith("-----BEGIN PGP MESSAGE-----"));
        assertFalse(pgp.contains("4111111111111111"));
        assertTrue(EncryptedCard.isArmouredMessage(message), "what a merchant may send as card.encrypted");

        InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(pgp.getBytes(StandardCharsets.US_ASCII)));
        PGPEncryptedDataList list = (PGPEncryptedDataList) new BcPGPObjectFactory(in).nextObject();
        PGPPublicKeyEncryptedData data = (PGPPublicKeyEncryptedData) list.get(0);
        InputStream clear = data.getDataStream(new JcePublicKeyDataDecryptorFactoryBuilder().build(privateKey));
        PGPLiteralData literal = (PGPLiteralData) new BcPGPObjectFactory(clear).nextObject();
        String card = new String(literal.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("{\"cardNumber\":\"4111111111111111\",\"expiryMonth\":12,\"expiryYear\":2030,\"cvv\":\"123\"}",
                card);
        assertTrue(data.verify(), "integrity protected");
    }
}
