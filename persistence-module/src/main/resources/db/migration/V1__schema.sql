-- The gateway's schema. Portable SQL only: the same script runs on H2 and PostgreSQL.
-- Timestamps are UTC (TIMESTAMP without zone, written by the application in UTC).

CREATE TABLE merchant (
    id                      VARCHAR(36)  PRIMARY KEY,
    name                    VARCHAR(200) NOT NULL,
    default_provider        VARCHAR(32),
    allowed_providers       VARCHAR(200),
    webhook_url             VARCHAR(2048),
    allowed_return_origins  VARCHAR(4000),
    created_at              TIMESTAMP    NOT NULL
);

-- API keys are stored as a SHA-256 hash only; the key itself is shown once at creation.
CREATE TABLE api_key (
    id              VARCHAR(36)  PRIMARY KEY,
    key_hash        VARCHAR(64)  NOT NULL UNIQUE,
    role            VARCHAR(16)  NOT NULL,
    principal_id    VARCHAR(36)  NOT NULL,
    principal_name  VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP    NOT NULL
);
CREATE INDEX api_key_role ON api_key (role);

CREATE TABLE authentication (
    id                              VARCHAR(36)   PRIMARY KEY,
    merchant_id                     VARCHAR(36)   NOT NULL REFERENCES merchant (id),
    merchant_reference              VARCHAR(128)  NOT NULL,
    provider                        VARCHAR(32)   NOT NULL,
    state                           VARCHAR(24)   NOT NULL,
    trans_status                    VARCHAR(1),
    trans_status_reason             VARCHAR(256),
    status_source                   VARCHAR(32),
    eci                             VARCHAR(2),
    authentication_value_enc        VARCHAR(512),
    xid                             VARCHAR(128),
    ds_transaction_id               VARCHAR(64),
    acs_transaction_id              VARCHAR(64),
    three_ds_server_transaction_id  VARCHAR(64),
    three_ds_version                VARCHAR(16),
    enrolled                        VARCHAR(1),
    signature_verification          VARCHAR(1),
    flow                            VARCHAR(24),
    liability_shift                 BOOLEAN       NOT NULL,
    liability_basis                 VARCHAR(32),
    recommended_action              VARCHAR(40),
    cardholder_info                 VARCHAR(1024),
    card_bin                        VARCHAR(8),
    card_last4                      VARCHAR(4),
    card_brand                      VARCHAR(16),
    card_expiry_month               INTEGER,
    card_expiry_year                INTEGER,
    card_fingerprint                VARCHAR(64),
    amount_value                    BIGINT        NOT NULL,
    amount_currency                 VARCHAR(3)    NOT NULL,
    challenge_preference            VARCHAR(32),
    return_url                      VARCHAR(2048),
    browser_token_enc               VARCHAR(256),
    browser_token_used              BOOLEAN       NOT NULL,
    next_action                     VARCHAR(8000),
    provider_refs                   VARCHAR(8000),
    authorization_result            VARCHAR(4000),
    error_code                      VARCHAR(64),
    error_detail                    VARCHAR(1024),
    created_at                      TIMESTAMP     NOT NULL,
    updated_at                      TIMESTAMP     NOT NULL,
    expires_at                      TIMESTAMP     NOT NULL,
    version                         BIGINT        NOT NULL
);
CREATE INDEX authentication_merchant_ref ON authentication (merchant_id, merchant_reference);
CREATE INDEX authentication_created ON authentication (created_at, id);
CREATE INDEX authentication_merchant_created ON authentication (merchant_id, created_at, id);
CREATE INDEX authentication_fingerprint ON authentication (card_fingerprint);

-- Every request to and answer from a provider, with card data removed, for evidence and latency stats.
CREATE TABLE provider_call (
    id                 VARCHAR(36)  PRIMARY KEY,
    authentication_id  VARCHAR(36)  NOT NULL REFERENCES authentication (id),
    provider           VARCHAR(32)  NOT NULL,
    operation          VARCHAR(64)  NOT NULL,
    http_status        INTEGER,
    outcome            VARCHAR(32)  NOT NULL,
    latency_ms         BIGINT       NOT NULL,
    request_body       VARCHAR(1000000),
    response_body      VARCHAR(1000000),
    at                 TIMESTAMP    NOT NULL
);
CREATE INDEX provider_call_authentication ON provider_call (authentication_id, at);

-- Append-only, hash-chained. hash = SHA-256(previous_hash || canonical JSON of the event).
CREATE TABLE audit_event (
    id                 VARCHAR(36)  PRIMARY KEY,
    sequence           BIGINT       NOT NULL UNIQUE,
    at                 TIMESTAMP    NOT NULL,
    type               VARCHAR(64)  NOT NULL,
    actor              VARCHAR(200) NOT NULL,
    actor_role         VARCHAR(16)  NOT NULL,
    merchant_id        VARCHAR(36),
    authentication_id  VARCHAR(36),
    outcome            VARCHAR(32)  NOT NULL,
    details            VARCHAR(100000),
    previous_hash      VARCHAR(64)  NOT NULL,
    hash               VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_event_authentication ON audit_event (authentication_id, sequence);
CREATE INDEX audit_event_merchant ON audit_event (merchant_id, sequence);
CREATE INDEX audit_event_at ON audit_event (at, sequence);

-- The single row that serialises appends to the chain (locked for update by each append).
CREATE TABLE audit_chain_head (
    id             INTEGER     PRIMARY KEY,
    last_sequence  BIGINT      NOT NULL,
    last_hash      VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE idempotency_record (
    id               VARCHAR(36)   PRIMARY KEY,
    merchant_id      VARCHAR(36)   NOT NULL,
    operation        VARCHAR(64)   NOT NULL,
    idem_key         VARCHAR(255)  NOT NULL,
    request_hash     VARCHAR(64)   NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    response_status  INTEGER,
    response_body    VARCHAR(1000000),
    resource_id      VARCHAR(36),
    created_at       TIMESTAMP     NOT NULL,
    expires_at       TIMESTAMP     NOT NULL,
    CONSTRAINT idempotency_unique UNIQUE (merchant_id, operation, idem_key)
);
