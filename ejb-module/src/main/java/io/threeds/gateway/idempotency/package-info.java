/**
 * Idempotency keys (API.md §2): the first answer to a key is stored and replayed; the same key with
 * another body is 422, while the first call runs 409. Claims are their own transactions and the
 * unique constraint on (merchant, operation, key) decides races between instances.
 */
package io.threeds.gateway.idempotency;
