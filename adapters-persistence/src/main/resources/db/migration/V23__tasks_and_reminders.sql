-- The assistant's tasks and reminders. Ids are time-ordered and compared byte by byte (COLLATE "C"),
-- so keyset paging follows creation order. Every query on behalf of a person names account_id.

CREATE TABLE tasks (
    id          TEXT COLLATE "C" PRIMARY KEY,
    account_id  TEXT        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    number      INT         NOT NULL CHECK (number > 0),
    title       TEXT        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 500),
    status      TEXT        NOT NULL CHECK (status IN ('open', 'done')),
    created_at  TIMESTAMPTZ NOT NULL,
    done_at     TIMESTAMPTZ,
    CONSTRAINT tasks_done_has_a_time CHECK ((status = 'done') = (done_at IS NOT NULL))
);

CREATE INDEX tasks_of_owner ON tasks (account_id, id);
CREATE UNIQUE INDEX tasks_open_number ON tasks (account_id, number) WHERE status = 'open';

-- schedule_start is a local date-time of time_zone; rule is an RFC 5545 RRULE (null: once).
-- occurrence is where the series stands (UTC); firing_* is the next delivery: its planned instant
-- (which keys the deliveries), its round (0, then the nags), when it is tried and how often it failed.
CREATE TABLE reminders (
    id              TEXT COLLATE "C" PRIMARY KEY,
    account_id      TEXT        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    number          INT         NOT NULL CHECK (number > 0),
    text            TEXT        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 500),
    schedule_start  TIMESTAMP   NOT NULL,
    rule            TEXT,
    time_zone       TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('scheduled', 'snoozed', 'done', 'cancelled')),
    occurrence      TIMESTAMPTZ,
    snoozed_until   TIMESTAMPTZ,
    firing_at       TIMESTAMPTZ,
    firing_round    INT,
    attempt_at      TIMESTAMPTZ,
    failures        INT,
    task_id         TEXT COLLATE "C" REFERENCES tasks (id) ON DELETE SET NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT reminders_firing_complete CHECK (
        (firing_at IS NULL) = (firing_round IS NULL) AND (firing_at IS NULL) = (attempt_at IS NULL)
        AND (firing_at IS NULL) = (failures IS NULL)),
    CONSTRAINT reminders_inactive_do_not_fire CHECK (status IN ('scheduled', 'snoozed') OR firing_at IS NULL),
    CONSTRAINT reminders_snoozed_has_an_end CHECK ((status = 'snoozed') = (snoozed_until IS NOT NULL))
);

CREATE INDEX reminders_of_owner ON reminders (account_id, id);
CREATE UNIQUE INDEX reminders_active_number ON reminders (account_id, number) WHERE status IN ('scheduled', 'snoozed');
-- The delivery job's queue: what is to be tried next, across every person.
CREATE INDEX reminders_due ON reminders (attempt_at) WHERE attempt_at IS NOT NULL;

-- What was sent, once per reminder, planned firing and channel. 'sending' is committed before the
-- channel is called; 'sent' after it took the message; 'failed' is the dead letter (retries spent).
CREATE TABLE reminder_deliveries (
    reminder_id  TEXT COLLATE "C" NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,
    firing_at    TIMESTAMPTZ NOT NULL,
    channel      TEXT        NOT NULL CHECK (channel IN ('sms', 'email', 'web')),
    state        TEXT        NOT NULL CHECK (state IN ('sending', 'sent', 'failed')),
    claimed_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    last_error   TEXT,
    PRIMARY KEY (reminder_id, firing_at, channel)
);

CREATE INDEX reminder_deliveries_failed ON reminder_deliveries (finished_at DESC) WHERE state = 'failed';

-- Where each person's dialogue with the assistant stands (the question asked, the item last
-- shown, what undo takes back), as JSON written and read by the adapter.
CREATE TABLE assistant_dialogues (
    account_id  TEXT        PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    state       JSONB       NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- The daily check-ins sent, one per person and local day at most.
CREATE TABLE check_ins (
    account_id  TEXT        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    local_date  DATE        NOT NULL,
    sent_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, local_date)
);
