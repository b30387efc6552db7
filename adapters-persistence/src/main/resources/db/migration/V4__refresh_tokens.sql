-- Refresh tokens, by the SHA-256 of the token. A family is one session: every rotation spends a
-- token and adds its replacement to the same session; presenting a spent token revokes the family.
CREATE TABLE refresh_tokens (
    token_hash  TEXT        PRIMARY KEY,
    session_id  TEXT        NOT NULL,
    account_id  TEXT        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    spent_at    TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);

CREATE INDEX refresh_tokens_of_session ON refresh_tokens (session_id);
CREATE INDEX refresh_tokens_of_account ON refresh_tokens (account_id);
