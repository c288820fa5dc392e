/**
 * Who is calling the API: the bearer-key filter resolves the key to a {@link io.threeds.gateway.merchant.Caller}
 * held in the request-scoped {@link io.threeds.gateway.web.security.CallerContext}; {@link io.threeds.gateway.web.security.Allowed}
 * names the roles a resource method admits, checked by {@link io.threeds.gateway.web.security.RoleCheck}.
 */
package io.threeds.gateway.web.security;
