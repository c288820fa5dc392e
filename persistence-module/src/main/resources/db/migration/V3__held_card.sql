-- A card a provider still needs after the first call (paysafe's payment step, intergiro's re-POST),
-- held only encrypted (AES-GCM, key outside the database) and deleted when the authorization is done,
-- the authentication cannot be authorised, or the hold expires. (V2 is left to the audit API's indexes.)
CREATE TABLE held_card (
    authentication_id  VARCHAR(36)   PRIMARY KEY REFERENCES authentication (id),
    card_enc           VARCHAR(1024) NOT NULL,
    expires_at         TIMESTAMP     NOT NULL
);
CREATE INDEX held_card_expires ON held_card (expires_at);
CREATE INDEX authentication_pending_expiry ON authentication (state, expires_at);
