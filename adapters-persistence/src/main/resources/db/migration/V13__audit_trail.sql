-- One audit trail for every kind of entry: permission decisions (written in batches by the
-- decision log), security events of accounts and administrators' changes (written in the
-- transaction of the change). Append-only apart from retention; never holds a secret.
CREATE TABLE audit_entries (
    id          BIGSERIAL   PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL,
    category    TEXT        NOT NULL CHECK (category IN ('decision', 'security', 'administration')),
    action      TEXT        NOT NULL,
    actor_id    TEXT,
    subject_id  TEXT,
    resource    TEXT,
    decision    TEXT        CHECK (decision IN ('allow', 'deny')),
    address     TEXT,
    user_agent  TEXT,
    request_id  TEXT,
    CHECK ((category = 'decision') = (decision IS NOT NULL))
);

INSERT INTO audit_entries (occurred_at, category, action, actor_id, subject_id, address, user_agent, request_id)
SELECT occurred_at, 'security', lower(replace(type, '_', '-')), account_id, account_id, address, user_agent, request_id
FROM security_events ORDER BY id;

DROP TABLE security_events;

-- Newest first, for the whole trail, per actor, per subject (a person's own activity).
CREATE INDEX audit_entries_by_time ON audit_entries (occurred_at DESC, id DESC);
CREATE INDEX audit_entries_of_actor ON audit_entries (actor_id, occurred_at DESC, id DESC);
CREATE INDEX audit_entries_of_subject ON audit_entries (subject_id, occurred_at DESC, id DESC)
    WHERE subject_id IS NOT NULL;

-- Each request carries one permission check at most; the profile is guarded like everything else.
INSERT INTO permissions (name) VALUES ('profile:read'), ('profile:write');
INSERT INTO role_permissions (role, permission) VALUES ('USER', 'profile:read'), ('USER', 'profile:write');
