package io.threeds.gateway.merchant;

public record Auditor(String id, String name) {
}
