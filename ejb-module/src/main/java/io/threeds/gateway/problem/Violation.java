package io.threeds.gateway.problem;

/** One field at fault in a request: a dotted JSON path and what is wrong with it. */
public record Violation(String field, String message) {
}
