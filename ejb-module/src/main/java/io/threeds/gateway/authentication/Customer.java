package io.threeds.gateway.authentication;

public record Customer(String email, String phone, Integer accountAgeDays) {
}
