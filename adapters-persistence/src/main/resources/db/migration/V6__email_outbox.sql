-- Emails waiting to be sent, written in the transaction of the change that causes them. The body
-- may carry a one-time token: it is stored encrypted (AES-256-GCM, bound to the id) and erased
-- once the email is sent.
CREATE TABLE email_outbox (
    id               TEXT        PRIMARY KEY,
    recipient        TEXT        NOT NULL,
    subject          TEXT        NOT NULL,
    body_encrypted   BYTEA,
    enqueued_at      TIMESTAMPTZ NOT NULL,
    due_at           TIMESTAMPTZ NOT NULL,
    failed_attempts  INT         NOT NULL DEFAULT 0,
    last_error       TEXT,
    sent_at          TIMESTAMPTZ,
    failed_at        TIMESTAMPTZ
);

CREATE INDEX email_outbox_due ON email_outbox (due_at, enqueued_at) WHERE sent_at IS NULL AND failed_at IS NULL;
