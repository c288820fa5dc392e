package io.threeds.client;

/** The cardholder's billing address; {@code country} is ISO 3166 alpha-2. */
public record Billing(String firstName, String lastName, String line1, String line2, String city, String postalCode,
                      String state, String country) {
}
