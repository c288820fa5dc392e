/**
 * Idempotency keys (API.md §2): the first answer to a key is stored and replayed; the same key with
 * another body is 422, while the first call runs 409. A claim commits with the first work its call
 * stores and the answer with the outcome it reports (or each on its own where the call stores nothing
 * then); the unique constraint on (merchant, operation, key) decides races between instances.
 */
package io.threeds.gateway.idempotency;
