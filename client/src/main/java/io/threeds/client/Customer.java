package io.threeds.client;

/** What the merchant knows of the shopper; {@code phone} in E.164. */
public record Customer(String email, String phone, Integer accountAgeDays) {
}
