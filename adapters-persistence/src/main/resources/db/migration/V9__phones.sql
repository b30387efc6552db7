-- The verified phone of each account. A number belongs to one account at most: inbound texts are
-- routed by it.
CREATE TABLE account_phones (
    account_id   TEXT        PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    phone        TEXT        NOT NULL UNIQUE,
    verified_at  TIMESTAMPTZ NOT NULL,
    sms_mfa      BOOLEAN     NOT NULL DEFAULT FALSE
);

-- Codes sent by SMS, by SHA-256 of account, purpose and code; one pending per account and purpose.
CREATE TABLE sms_codes (
    account_id       TEXT        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose          TEXT        NOT NULL,
    phone            TEXT        NOT NULL,
    code_hash        TEXT        NOT NULL,
    failed_attempts  INTEGER     NOT NULL DEFAULT 0,
    expires_at       TIMESTAMPTZ NOT NULL,
    used_at          TIMESTAMPTZ,
    PRIMARY KEY (account_id, purpose)
);
