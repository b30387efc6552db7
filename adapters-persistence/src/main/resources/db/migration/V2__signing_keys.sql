-- Token signing keys, shared by every instance. The private key is PKCS#8, encrypted with
-- AES-256-GCM under the key-encryption key from the environment (nonce || ciphertext || tag).
CREATE TABLE signing_keys (
    key_id                 TEXT        PRIMARY KEY,
    algorithm              TEXT        NOT NULL,
    private_key_encrypted  BYTEA       NOT NULL,
    public_key             BYTEA       NOT NULL,
    created_at             TIMESTAMPTZ NOT NULL
);

CREATE INDEX signing_keys_newest_first ON signing_keys (created_at DESC);
