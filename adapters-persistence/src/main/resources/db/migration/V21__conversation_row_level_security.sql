-- Row-level security on the tables that hold a person's conversations: inside a transaction that
-- acts as one account (SET LOCAL ROLE assistant_account_scope, and the setting app.account_id set
-- with set_config(..., true)), only that account's rows are seen or accepted, so a query that
-- forgets its owner filter returns nothing of anyone else's. The owner of the tables (the role the
-- application connects as) and superusers bypass these policies: background work that must see
-- every row runs outside such a transaction.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'assistant_account_scope') THEN
        CREATE ROLE assistant_account_scope NOLOGIN;
    END IF;
    -- the connecting role must be allowed to SET ROLE to it (superusers always are)
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        BEGIN
            EXECUTE format('GRANT assistant_account_scope TO %I', current_user);
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'cannot grant assistant_account_scope to %: an administrator must', current_user;
        END;
    END IF;
END $$;

GRANT SELECT, INSERT, UPDATE, DELETE ON conversations, messages TO assistant_account_scope;

ALTER TABLE conversations ENABLE ROW LEVEL SECURITY;
ALTER TABLE messages ENABLE ROW LEVEL SECURITY;

-- current_setting(..., true) is NULL when nothing was set: then no row matches.
CREATE POLICY conversations_of_the_acting_account ON conversations TO assistant_account_scope
    USING (account_id = current_setting('app.account_id', true))
    WITH CHECK (account_id = current_setting('app.account_id', true));

CREATE POLICY messages_of_the_acting_account ON messages TO assistant_account_scope
    USING (account_id = current_setting('app.account_id', true))
    WITH CHECK (account_id = current_setting('app.account_id', true));
