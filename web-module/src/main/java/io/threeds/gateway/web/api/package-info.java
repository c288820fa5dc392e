/**
 * The public REST API of API.md under {@code /api/v1}: strict request readers (unknown fields refused,
 * every violation named by its JSON path), the resources, and the response records that are the wire
 * contract (entities never are).
 */
package io.threeds.gateway.web.api;
