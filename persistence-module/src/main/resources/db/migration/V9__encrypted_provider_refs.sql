-- Provider refs are stored encrypted (FieldCipher, v2 form): base64 of nonce, ciphertext and tag, with a
-- key id, is about 4/3 of the JSON plus 40 characters. Values written before stay readable and are
-- re-encrypted by the housekeeping's re-encryption job.
ALTER TABLE authentication ALTER COLUMN provider_refs SET DATA TYPE VARCHAR(16000);
