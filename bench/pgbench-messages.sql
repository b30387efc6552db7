-- pgbench script: the SQL of one GET /api/v1/conversations/{id}/messages?limit=20, as the application
-- runs it (PostgresAccountScope, JdbiConversations.withId, JdbiMessages.ofConversation with one more
-- row than the page), for a random seeded user (-D users=N: the number seeded) (bench/seed-conversations.sql). The absent after/since/
-- until parameters are NULL literals here (bound as NULL by the application).
\set u random(1, :users)
\set n 100000000000 + :u
BEGIN;
SET LOCAL ROLE assistant_account_scope;
SELECT set_config('app.account_id', '00000000-5eed-7000-8000-' || :n, true);
SELECT id, account_id, channel, title, archived, sms_number, created_at, last_message_at FROM conversations WHERE id = '00000000-c0a0-7000-8000-' || :n;
SELECT id, conversation_id, account_id, author, channel, body, reply_to, created_at, search_config::text AS config FROM messages WHERE conversation_id = '00000000-c0a0-7000-8000-' || :n AND (CAST(NULL AS TEXT) IS NULL OR id < NULL) AND (CAST(NULL AS TIMESTAMPTZ) IS NULL OR created_at > NULL) AND (CAST(NULL AS TIMESTAMPTZ) IS NULL OR created_at < NULL) ORDER BY id DESC LIMIT 21;
COMMIT;
