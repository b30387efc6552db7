-- The SMS router: the numbers assigned to people and their webhooks, the intake queue of inbound
-- texts, the outbox drained at each sending number's pace, opt-outs, the usage log and the channel
-- log. Phone numbers are E.164 text. Money is NUMERIC(12,6), never a float.
--
-- No row-level security here, unlike conversations and messages (V21): the router reads these
-- tables for every person (whose number a text was sent to, what waits to go out, what everyone's
-- usage cost), so no query of theirs runs as one account.

-- One row per number ever assigned; released numbers stay, for usage and cost. A person has at most
-- one active number, and an active dedicated number belongs to one person: both are partial unique
-- indexes, so two racing assignments cannot both win.
CREATE TABLE user_phone_numbers (
    id            TEXT COLLATE "C" PRIMARY KEY,
    account_id    TEXT        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    phone_number  TEXT        NOT NULL,
    mode          TEXT        NOT NULL CHECK (mode IN ('dedicated', 'shared')),
    provider_sid  TEXT,
    country       TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    released_at   TIMESTAMPTZ,
    CONSTRAINT user_phone_numbers_dedicated_has_a_sid CHECK (mode = 'shared' OR provider_sid IS NOT NULL)
);

CREATE UNIQUE INDEX user_phone_numbers_active_dedicated ON user_phone_numbers (phone_number)
    WHERE mode = 'dedicated' AND released_at IS NULL;
CREATE UNIQUE INDEX user_phone_numbers_active_of_owner ON user_phone_numbers (account_id) WHERE released_at IS NULL;
CREATE INDEX user_phone_numbers_of_owner ON user_phone_numbers (account_id, created_at DESC, id DESC);
CREATE INDEX user_phone_numbers_newest ON user_phone_numbers (created_at DESC, id DESC);
CREATE INDEX user_phone_numbers_active_dedicated_by_id ON user_phone_numbers (id)
    WHERE mode = 'dedicated' AND released_at IS NULL;

-- The webhooks last set on a dedicated number, when they were last found as set at the provider,
-- and how often they had drifted and were set again.
CREATE TABLE webhook_configurations (
    number_id         TEXT COLLATE "C" PRIMARY KEY REFERENCES user_phone_numbers (id) ON DELETE CASCADE,
    sms_url           TEXT        NOT NULL,
    sms_fallback_url  TEXT,
    status_callback   TEXT,
    configured_at     TIMESTAMPTZ NOT NULL,
    checked_at        TIMESTAMPTZ,
    repairs           INT         NOT NULL DEFAULT 0 CHECK (repairs >= 0)
);

-- Texts received, once per provider id, waiting to be routed: a router leases the oldest
-- (leased_until), then records the outcome, once.
CREATE TABLE sms_inbound (
    id            TEXT        PRIMARY KEY,
    message_sid   TEXT        NOT NULL,
    from_number   TEXT        NOT NULL,
    to_number     TEXT        NOT NULL,
    body          TEXT        NOT NULL,
    segments      INT         NOT NULL CHECK (segments >= 1),
    received_at   TIMESTAMPTZ NOT NULL,
    leased_until  TIMESTAMPTZ,
    outcome       TEXT,
    account_id    TEXT        REFERENCES accounts (id) ON DELETE SET NULL,
    routed_at     TIMESTAMPTZ,
    CONSTRAINT sms_inbound_message_sid_unique UNIQUE (message_sid),
    CONSTRAINT sms_inbound_routed_has_an_outcome CHECK ((outcome IS NULL) = (routed_at IS NULL))
);

CREATE INDEX sms_inbound_waiting ON sms_inbound (received_at, id) WHERE routed_at IS NULL;

-- Texts to send, queued in the transaction of what causes them. 'ready' from ready_at on;
-- 'claimed' by one sender until claimed_until; then 'sent', 'failed', or 'lost' when the claim ran
-- out unsettled (the provider may have taken it: never tried again). The body is erased once settled.
CREATE TABLE sms_outbox (
    id             TEXT        PRIMARY KEY,
    from_number    TEXT        NOT NULL,
    to_number      TEXT        NOT NULL,
    body           TEXT,
    account_id     TEXT        REFERENCES accounts (id) ON DELETE CASCADE,
    state          TEXT        NOT NULL CHECK (state IN ('ready', 'claimed', 'sent', 'failed', 'lost')),
    attempts       INT         NOT NULL CHECK (attempts >= 0),
    queued_at      TIMESTAMPTZ NOT NULL,
    ready_at       TIMESTAMPTZ NOT NULL,
    claimed_until  TIMESTAMPTZ,
    provider_sid   TEXT,
    last_error     TEXT,
    settled_at     TIMESTAMPTZ,
    CONSTRAINT sms_outbox_unsettled_has_a_body CHECK (state NOT IN ('ready', 'claimed') OR body IS NOT NULL),
    CONSTRAINT sms_outbox_claimed_has_an_end CHECK ((state = 'claimed') = (claimed_until IS NOT NULL))
);

CREATE INDEX sms_outbox_ready ON sms_outbox (from_number, queued_at, id) WHERE state = 'ready';
CREATE INDEX sms_outbox_claimed ON sms_outbox (claimed_until) WHERE state = 'claimed';
CREATE INDEX sms_outbox_to ON sms_outbox (to_number, queued_at);

-- The pace of each sending number across instances: when it may next have a text claimed. A
-- claimer locks the row (FOR UPDATE SKIP LOCKED), so two instances never claim from one number at once.
CREATE TABLE sms_senders (
    from_number  TEXT        PRIMARY KEY,
    next_at      TIMESTAMPTZ NOT NULL
);

-- Who asked not to be texted from which of our numbers; opted_in_at is set when they opt back in.
CREATE TABLE sms_opt_outs (
    our_number    TEXT        NOT NULL,
    their_number  TEXT        NOT NULL,
    source        TEXT        NOT NULL CHECK (source IN ('keyword', 'provider')),
    opted_out_at  TIMESTAMPTZ NOT NULL,
    opted_in_at   TIMESTAMPTZ,
    PRIMARY KEY (our_number, their_number)
);

-- One row per text in or out, by the provider's id of it: segments and cost, estimated until the
-- provider prices it, and its latest delivery status.
CREATE TABLE sms_usage_logs (
    id                 TEXT          PRIMARY KEY,
    account_id         TEXT          REFERENCES accounts (id) ON DELETE SET NULL,
    our_number         TEXT          NOT NULL,
    direction          TEXT          NOT NULL CHECK (direction IN ('inbound', 'outbound')),
    provider_sid       TEXT          NOT NULL,
    segments           INT           NOT NULL CHECK (segments >= 1),
    cost               NUMERIC(12,6) NOT NULL CHECK (cost >= 0),
    currency           TEXT          NOT NULL,
    estimated          BOOLEAN       NOT NULL,
    status             TEXT          NOT NULL
        CHECK (status IN ('received', 'queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed')),
    error_code         TEXT,
    status_changed_at  TIMESTAMPTZ,
    at                 TIMESTAMPTZ   NOT NULL
);

CREATE UNIQUE INDEX sms_usage_logs_provider_sid ON sms_usage_logs (provider_sid);
CREATE INDEX sms_usage_logs_of_account ON sms_usage_logs (account_id, at);
CREATE INDEX sms_usage_logs_at ON sms_usage_logs (at);
CREATE INDEX sms_usage_logs_awaiting_price ON sms_usage_logs (at, id) WHERE estimated AND direction = 'outbound';

-- Every exchange with the SMS provider, redacted before it is kept (no credential, signature or
-- message body), read newest first by administrators: pages walk the primary key backwards.
CREATE TABLE sms_channel_logs (
    id              BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at              TIMESTAMPTZ NOT NULL,
    direction       TEXT        NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
    method          TEXT        NOT NULL,
    url             TEXT        NOT NULL,
    status          INT         NOT NULL,
    request         TEXT        NOT NULL,
    response        TEXT        NOT NULL,
    duration_nanos  BIGINT      NOT NULL,
    message_sid     TEXT,
    error           TEXT
);
