-- When an administrator disabled the account (null while it may log in), and the person's consent
-- to be texted: when it was given and where (profile or sms), both null when not given or withdrawn.
ALTER TABLE accounts
    ADD COLUMN disabled_at        TIMESTAMPTZ,
    ADD COLUMN sms_consent_at     TIMESTAMPTZ,
    ADD COLUMN sms_consent_source TEXT,
    ADD CONSTRAINT accounts_sms_consent_whole CHECK ((sms_consent_at IS NULL) = (sms_consent_source IS NULL)),
    ADD CONSTRAINT accounts_sms_consent_source CHECK (sms_consent_source IN ('profile', 'sms'));
