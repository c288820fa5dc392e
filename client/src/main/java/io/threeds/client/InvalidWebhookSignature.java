package io.threeds.client;

/**
 * A webhook whose {@code Threeds-Signature} does not prove it came, recently, from the gateway: refuse it (the
 * sample shop answers 401).
 */
public class InvalidWebhookSignature extends RuntimeException {
    public InvalidWebhookSignature(String reason) {
        super(reason);
    }
}
