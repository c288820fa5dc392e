-- Issue 14, API.md §1: keys have a lifecycle, a webhook secret rotates with an overlap, and a partner's
-- link to a merchant waits for the merchant's consent. Portable SQL (H2 and PostgreSQL).

-- A key's first characters (to tell keys apart in a list; 4 of its 43 random ones), when it stops working
-- (the end of a rotation's overlap) or was revoked, and when it was last used (to the minute).
ALTER TABLE api_key ADD COLUMN prefix VARCHAR(12);
ALTER TABLE api_key ADD COLUMN expires_at TIMESTAMP;
ALTER TABLE api_key ADD COLUMN revoked_at TIMESTAMP;
ALTER TABLE api_key ADD COLUMN last_used_at TIMESTAMP;
CREATE INDEX api_key_principal ON api_key (principal_id);

-- The webhook secret being replaced: it still signs, beside the new one, until previous_webhook_secret_until.
ALTER TABLE merchant ADD COLUMN previous_webhook_secret_enc VARCHAR(512);
ALTER TABLE merchant ADD COLUMN previous_webhook_secret_until TIMESTAMP;

-- A link an admin asked for; on the merchant's consent it moves to partner_merchant.
CREATE TABLE partner_link_request (
    id            VARCHAR(36)  PRIMARY KEY,
    partner_id    VARCHAR(36)  NOT NULL REFERENCES partner (id),
    merchant_id   VARCHAR(36)  NOT NULL REFERENCES merchant (id),
    requested_by  VARCHAR(200) NOT NULL,
    requested_at  TIMESTAMP    NOT NULL,
    CONSTRAINT partner_link_request_pair UNIQUE (partner_id, merchant_id)
);
CREATE INDEX partner_link_request_merchant ON partner_link_request (merchant_id);
