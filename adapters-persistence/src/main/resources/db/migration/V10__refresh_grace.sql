-- A rotation records which token replaced the spent one, and keeps the replacement encrypted
-- (AES-256-GCM under the key-encryption key) for the refresh grace window only, so that a client
-- refreshing twice at once gets the same new token instead of a reuse (decision 0010). Expired
-- copies are wiped by the next rotations; the partial index keeps finding them cheap.
ALTER TABLE refresh_tokens
    ADD COLUMN replaced_by           TEXT,
    ADD COLUMN replacement_encrypted BYTEA;

CREATE INDEX refresh_tokens_with_replacement ON refresh_tokens (spent_at) WHERE replacement_encrypted IS NOT NULL;
