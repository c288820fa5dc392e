-- The merchant's request, card included, while a provider still needs it after the first call
-- (paysafe's payment step, intergiro's re-POSTs, firstoken's enrollment after device data collection):
-- held only encrypted (AES-GCM, key outside the database) and deleted when the authorization is done,
-- the authentication cannot be authorised, or the hold expires. (V2 is left to the audit API's indexes.)
CREATE TABLE held_request (
    authentication_id  VARCHAR(36)    PRIMARY KEY REFERENCES authentication (id),
    request_enc        VARCHAR(16000) NOT NULL,
    expires_at         TIMESTAMP      NOT NULL
);
CREATE INDEX held_request_expires ON held_request (expires_at);
CREATE INDEX authentication_pending_expiry ON authentication (state, expires_at);

-- The pending browser step is stored encrypted: a provider's form fields may carry the card number
-- (intergiro's PaReq) and the hosted page's token is in it.
ALTER TABLE authentication ALTER COLUMN next_action SET DATA TYPE VARCHAR(32000);
