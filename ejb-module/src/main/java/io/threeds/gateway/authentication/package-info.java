/**
 * Authentication attempts from request to result: the orchestration ({@link io.threeds.gateway.authentication.AuthenticationService}),
 * the transactional writes around each provider call ({@link io.threeds.gateway.authentication.AuthenticationStore}),
 * the shopper's browser leg ({@link io.threeds.gateway.authentication.BrowserFlow}) and the
 * {@link io.threeds.gateway.authentication.ChallengeCompleted} CDI event.
 */
package io.threeds.gateway.authentication;
