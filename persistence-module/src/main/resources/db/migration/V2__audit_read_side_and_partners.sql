-- Issue 7: partners, and the indexes behind the auditor's filters. Portable SQL (H2 and PostgreSQL).

-- A platform acting for several merchants; its API key is in api_key (role PARTNER, principal_id = id).
CREATE TABLE partner (
    id          VARCHAR(36)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);

-- The merchants a partner may act for (Merchant-Id header); any other merchant is "not found" to it.
CREATE TABLE partner_merchant (
    partner_id   VARCHAR(36) NOT NULL REFERENCES partner (id),
    merchant_id  VARCHAR(36) NOT NULL REFERENCES merchant (id),
    PRIMARY KEY (partner_id, merchant_id)
);
CREATE INDEX partner_merchant_merchant ON partner_merchant (merchant_id);

-- GET /api/v1/audit/events is keyset-paginated on sequence, newest first. V1 already indexes
-- authentication_id, merchant_id and at together with sequence; type and actor complete the filters.
CREATE INDEX audit_event_type ON audit_event (type, sequence);
CREATE INDEX audit_event_actor ON audit_event (actor, sequence);

-- GET /api/v1/audit/authentications is keyset-paginated on (created_at, id), newest first. V1 already
-- has (created_at, id) and (merchant_id, created_at, id); each other filter gets its own prefix.
CREATE INDEX authentication_provider_created ON authentication (provider, created_at, id);
CREATE INDEX authentication_status_created ON authentication (trans_status, created_at, id);
CREATE INDEX authentication_liability_created ON authentication (liability_shift, created_at, id);
CREATE INDEX authentication_reference_created ON authentication (merchant_reference, created_at, id);
CREATE INDEX authentication_last4_created ON authentication (card_last4, created_at, id);
