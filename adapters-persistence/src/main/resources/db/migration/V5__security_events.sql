-- The audit trail of security events. Append-only; never holds a secret.
CREATE TABLE security_events (
    id           BIGSERIAL   PRIMARY KEY,
    occurred_at  TIMESTAMPTZ NOT NULL,
    type         TEXT        NOT NULL,
    account_id   TEXT,
    address      TEXT,
    user_agent   TEXT,
    request_id   TEXT
);

CREATE INDEX security_events_of_account ON security_events (account_id, occurred_at DESC, id DESC);
CREATE INDEX security_events_by_time ON security_events (occurred_at DESC);
