-- Issue 11: the chain built under the old lock moves to audit_seal unchanged (its positions are its
-- sequences); the sealer signs it as its first batch. Portable SQL (H2 and PostgreSQL).
INSERT INTO audit_seal (event_id, chain_position, previous_hash, hash)
SELECT id, sequence, previous_hash, hash FROM audit_event;
ALTER TABLE audit_event DROP COLUMN previous_hash;
ALTER TABLE audit_event DROP COLUMN hash;

-- New events are numbered after the old chain, which has no gaps: draw one number per existing event.
INSERT INTO audit_pending (event_id) SELECT id FROM audit_event;
DELETE FROM audit_pending;
