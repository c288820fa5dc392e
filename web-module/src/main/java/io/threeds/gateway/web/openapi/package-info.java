/**
 * The OpenAPI document of the API under {@code /api/v1}: the static part ({@code META-INF/openapi.yaml}: the
 * roles' security schemes, tags, request and problem schemas), the resources' annotations, and
 * {@link io.threeds.gateway.web.openapi.ContractDocument}, which documents the problem answers every
 * operation can give (API.md §6).
 */
package io.threeds.gateway.web.openapi;
