package io.threeds.gateway.model;

public record Customer(String email, String phone, Integer accountAgeDays) {
}
