package io.threeds.gateway.card;

import java.nio.charset.StandardCharsets;

/**
 * Every column that holds a value encrypted by {@link FieldCipher}: its table, column and the column of
 * the row's id. Each is its own purpose: it has its own derived key, and a ciphertext is bound to its
 * column and row, so that one moved elsewhere does not decrypt.
 */
public enum EncryptedColumn {
    AUTHENTICATION_VALUE("authentication", "authentication_value_enc", "id"),
    NEXT_ACTION("authentication", "next_action", "id"),
    BROWSER_TOKEN("authentication", "browser_token_enc", "id"),
    PROVIDER_REFS("authentication", "provider_refs", "id"),
    HELD_REQUEST("held_request", "request_enc", "authentication_id"),
    IDEMPOTENT_ANSWER("idempotency_record", "response_body", "id"),
    WEBHOOK_SECRET("merchant", "webhook_secret_enc", "id"),
    PREVIOUS_WEBHOOK_SECRET("merchant", "previous_webhook_secret_enc", "id");

    private final String table;
    private final String column;
    private final String idColumn;

    EncryptedColumn(String table, String column, String idColumn) {
        this.table = table;
        this.column = column;
        this.idColumn = idColumn;
    }

    public String table() {
        return table;
    }

    public String column() {
        return column;
    }

    public String idColumn() {
        return idColumn;
    }

    /** What a key is derived for (HKDF info). */
    byte[] purpose() {
        return ("threeds field key v2 " + table + "." + column).getBytes(StandardCharsets.UTF_8);
    }

    /** The additional authenticated data binding a ciphertext to its place. */
    byte[] place(String rowId) {
        return (table + "." + column + "#" + rowId).getBytes(StandardCharsets.UTF_8);
    }
}
