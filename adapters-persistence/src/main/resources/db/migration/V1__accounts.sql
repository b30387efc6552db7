-- Accounts: one row per person. The email is stored in its canonical form (trimmed, NFC,
-- lower case), so a plain unique index keeps it unique.
CREATE TABLE accounts (
    id              TEXT        PRIMARY KEY,
    email           TEXT        NOT NULL,
    display_name    TEXT        NOT NULL,
    password_hash   TEXT        NOT NULL,
    roles           TEXT[]      NOT NULL DEFAULT ARRAY['USER'],
    email_verified  BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT accounts_email_unique UNIQUE (email),
    CONSTRAINT accounts_roles_include_user CHECK ('USER' = ANY (roles))
);
