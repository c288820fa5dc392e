-- Claims that outlive a crash (issue: durable by default). An Idempotency-Key's claim holds a lease;
-- once it lapses a retry may take the claim over (its generation fences the earlier holder's writes).
ALTER TABLE idempotency_record ADD COLUMN lease_until TIMESTAMP;
ALTER TABLE idempotency_record ADD COLUMN generation INTEGER DEFAULT 0 NOT NULL;
UPDATE idempotency_record SET lease_until = created_at;
ALTER TABLE idempotency_record ALTER COLUMN lease_until SET NOT NULL;
-- An authorisation is claimed (AUTHORIZING) before the provider is called; UNKNOWN when the call may
-- have reached the provider without an answer (a timeout, or the gateway stopped during it).
ALTER TABLE authentication ADD COLUMN authorization_state VARCHAR(16);
ALTER TABLE authentication ADD COLUMN authorization_claimed_at TIMESTAMP;
