package io.threeds.gateway.model;

public record Billing(String firstName, String lastName, String line1, String line2, String city, String postalCode,
                      String state, String country) {
}
