-- Authenticator-app secrets (AES-256-GCM under the key-encryption key, bound to the account id),
-- pending until confirmed, with the last accepted time step so that no code is accepted twice.
CREATE TABLE totp_credentials (
    account_id        TEXT        PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    secret_encrypted  BYTEA       NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    confirmed_at      TIMESTAMPTZ,
    last_used_step    BIGINT
);

-- Backup codes by SHA-256 of their normalised form, each usable once.
CREATE TABLE backup_codes (
    account_id  TEXT        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash   TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    PRIMARY KEY (account_id, code_hash)
);
