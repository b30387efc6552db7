-- Roles and what each is granted directly; a role also has every permission of the roles below it
-- (rank), which the core computes. Accounts keep their roles in accounts.roles (V1), by role name.
CREATE TABLE roles (
    name TEXT PRIMARY KEY,
    rank INTEGER NOT NULL UNIQUE
);

CREATE TABLE permissions (
    name TEXT PRIMARY KEY CHECK (name ~ '^[a-z][a-z-]*:[a-z][a-z-]*$')
);

CREATE TABLE role_permissions (
    role       TEXT NOT NULL REFERENCES roles (name),
    permission TEXT NOT NULL REFERENCES permissions (name),
    PRIMARY KEY (role, permission)
);

INSERT INTO roles (name, rank) VALUES ('USER', 0), ('PREMIUM', 1), ('ADMINISTRATOR', 2);

INSERT INTO permissions (name) VALUES
    ('conversation:read'), ('conversation:write'), ('task:read'), ('task:write'),
    ('reminder:read'), ('reminder:write'), ('sms-usage:read'),
    ('phone-number:provision'),
    ('user:manage'), ('audit:read'), ('job:read'), ('sms-usage:read-all');

INSERT INTO role_permissions (role, permission) VALUES
    ('USER', 'conversation:read'), ('USER', 'conversation:write'), ('USER', 'task:read'),
    ('USER', 'task:write'), ('USER', 'reminder:read'), ('USER', 'reminder:write'),
    ('USER', 'sms-usage:read'),
    ('PREMIUM', 'phone-number:provision'),
    ('ADMINISTRATOR', 'user:manage'), ('ADMINISTRATOR', 'audit:read'), ('ADMINISTRATOR', 'job:read'),
    ('ADMINISTRATOR', 'sms-usage:read-all');

-- Administrators are counted before one is demoted.
CREATE INDEX accounts_administrators ON accounts (id) WHERE 'ADMINISTRATOR' = ANY (roles);
