package io.threeds.gateway.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    @Test
    void emptyTreeIsTheHashOfNothing() throws Exception {
        assertEquals(hex(MessageDigest.getInstance("SHA-256").digest()), new MerkleTree().root());
    }

    @Test
    void incrementalRootIsRfc6962sRecursiveDefinitionForEverySize() throws Exception {
        List<String> leaves = new ArrayList<>();
        MerkleTree tree = new MerkleTree();
        for (int n = 1; n <= 33; n++) {
            String leaf = AuditHash.of(AuditHash.GENESIS, "e" + n, n, LocalDateTime.of(2026, 12, 5, 7, 0), "t",
                    "a", "admin", null, null, "OK", "{}");
            leaves.add(leaf);
            tree.add(leaf);
            assertEquals(hex(recursive(leaves)), tree.root(), "size " + n);
        }
    }

    @Test
    void orderMatters() {
        MerkleTree ab = new MerkleTree();
        ab.add("00".repeat(32));
        ab.add("11".repeat(32));
        MerkleTree ba = new MerkleTree();
        ba.add("11".repeat(32));
        ba.add("00".repeat(32));
        assertNotEquals(ab.root(), ba.root());
    }

    /** MTH(D[n]) of RFC 6962 section 2.1, written as the RFC does. */
    private static byte[] recursive(List<String> leaves) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        if (leaves.size() == 1) {
            sha.update((byte) 0);
            sha.update(HexFormat.of().parseHex(leaves.get(0)));
            return sha.digest();
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        byte[] left = recursive(leaves.subList(0, k));
        byte[] right = recursive(leaves.subList(k, leaves.size()));
        sha.update((byte) 1);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
