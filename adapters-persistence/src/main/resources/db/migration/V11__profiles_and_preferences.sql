-- Where each person lives (an IANA zone id) and the language they read; existing accounts get the
-- defaults every new account starts with.
ALTER TABLE accounts
    ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC',
    ADD COLUMN locale   TEXT NOT NULL DEFAULT 'en';

-- How each person wants to be reminded; no row means the documented defaults. Times are local
-- (HH:MM in the person's zone); channels are in order of preference.
CREATE TABLE account_preferences (
    account_id            TEXT     PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    quiet_start           TIME,
    quiet_end             TIME,
    nag_interval_minutes  INTEGER  NOT NULL,
    max_nags              INTEGER  NOT NULL,
    check_in_time         TIME,
    reminder_channels     TEXT[]   NOT NULL,
    CONSTRAINT account_preferences_quiet_hours_whole CHECK ((quiet_start IS NULL) = (quiet_end IS NULL))
);
