-- A merchant's routing rules (PUT /api/v1/merchants/{id}/routing): JSON, first match wins, each rule an
-- ordered list of providers to fail over through.
ALTER TABLE merchant ADD COLUMN routing_rules VARCHAR(16000);
