package io.threeds.client;

/** One refused field of a request: {@code card.number}, "fails the Luhn check". */
public record Violation(String field, String message) {
}
