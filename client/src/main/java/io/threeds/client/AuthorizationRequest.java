package io.threeds.client;

/** The body of {@code POST /api/v1/authentications/{id}/authorization}. */
public record AuthorizationRequest(boolean capture) {
}
