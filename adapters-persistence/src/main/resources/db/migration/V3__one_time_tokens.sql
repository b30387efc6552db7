-- Tokens mailed to prove control of a mailbox (email verification, password reset). Only the
-- SHA-256 of a token is stored; a token is usable once, for one purpose, until it expires.
CREATE TABLE one_time_tokens (
    token_hash  TEXT        PRIMARY KEY,
    purpose     TEXT        NOT NULL,
    account_id  TEXT        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);

CREATE INDEX one_time_tokens_of_account ON one_time_tokens (account_id, purpose) WHERE used_at IS NULL;
