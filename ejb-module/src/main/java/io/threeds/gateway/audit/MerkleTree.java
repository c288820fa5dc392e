package io.threeds.gateway.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * The Merkle tree hash of RFC 6962 (Certificate Transparency) over a batch's event hashes, built
 * leaf by leaf in O(log n) memory: leaves are {@code SHA-256(0x00 || hash)}, nodes
 * {@code SHA-256(0x01 || left || right)}, and the root of an empty batch is {@code SHA-256()}.
 */
public final class MerkleTree {
    /** Roots of the complete subtrees so far, largest first, with their leaf counts. */
    private final Deque<Long> sizes = new ArrayDeque<>();
    private final Deque<byte[]> roots = new ArrayDeque<>();

    public void add(String hexHash) {
        byte[] node = digest((byte) 0, HexFormat.of().parseHex(hexHash), null);
        long size = 1;
        while (!sizes.isEmpty() && sizes.peekLast() == size) {
            sizes.removeLast();
            node = digest((byte) 1, roots.removeLast(), node);
            size *= 2;
        }
        sizes.addLast(size);
        roots.addLast(node);
    }

    public String root() {
        if (roots.isEmpty()) {
            return HexFormat.of().formatHex(digest(null, null, null));
        }
        Iterator<byte[]> smallestFirst = roots.descendingIterator();
        byte[] root = smallestFirst.next();
        while (smallestFirst.hasNext()) {
            root = digest((byte) 1, smallestFirst.next(), root);
        }
        return HexFormat.of().formatHex(root);
    }

    private static byte[] digest(Byte prefix, byte[] left, byte[] right) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (prefix != null) {
                sha.update(prefix);
            }
            if (left != null) {
                sha.update(left);
            }
            if (right != null) {
                sha.update(right);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
