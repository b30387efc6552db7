-- The SMS router's permissions: seeing and giving back one's own numbers (everyone: a person who is no
-- longer premium keeps the number they have until they release it), and the administrators' view of every
-- number and of the channel log of exchanges with Twilio.
INSERT INTO permissions (name) VALUES ('phone-number:read'), ('phone-number:manage-all'), ('sms-log:read');

INSERT INTO role_permissions (role, permission) VALUES
    ('USER', 'phone-number:read'),
    ('ADMINISTRATOR', 'phone-number:manage-all'),
    ('ADMINISTRATOR', 'sms-log:read');
