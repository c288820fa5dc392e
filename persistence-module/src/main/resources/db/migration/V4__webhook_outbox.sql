-- Webhooks (API.md §4) through a transactional outbox: a delivery row is written in the transaction
-- that ends an authentication or records an authorization, and delivered at least once, with backoff,
-- for 24 hours. The merchant's signing secret is stored encrypted.
ALTER TABLE merchant ADD COLUMN webhook_secret_enc VARCHAR(512);

CREATE TABLE webhook_delivery (
    id                 VARCHAR(36)  PRIMARY KEY,
    merchant_id        VARCHAR(36)  NOT NULL REFERENCES merchant (id),
    event_type         VARCHAR(64)  NOT NULL,
    authentication_id  VARCHAR(36)  NOT NULL REFERENCES authentication (id),
    created_at         TIMESTAMP    NOT NULL,
    next_attempt_at    TIMESTAMP    NOT NULL,
    give_up_at         TIMESTAMP    NOT NULL,
    attempts           INTEGER      NOT NULL,
    delivered_at       TIMESTAMP,
    last_status        INTEGER,
    last_error         VARCHAR(512),
    version            BIGINT       NOT NULL
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (delivered_at, next_attempt_at);
CREATE INDEX webhook_delivery_authentication ON webhook_delivery (authentication_id);
