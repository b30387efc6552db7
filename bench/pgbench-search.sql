-- pgbench script: the SQL of one GET /api/v1/conversations/search?q=<word> (first page, 20 + 1 rows),
-- as the application runs it (PostgresAccountScope, JdbiMessages.search), for a random seeded user (-D users=N: the number seeded) and
-- the topic word of its first message (bench/seed-conversations.sql), the one the harness searches.
\set u random(1, :users)
\set n 100000000000 + :u
\set w :u * 37
BEGIN;
SET LOCAL ROLE assistant_account_scope;
SELECT set_config('app.account_id', '00000000-5eed-7000-8000-' || :n, true);
WITH query AS (SELECT websearch_to_tsquery('english', bench_topic_word(:w)) AS english, websearch_to_tsquery('french_unaccent', bench_topic_word(:w)) AS french), hits AS (SELECT m.*, CASE WHEN m.search_config = 'english'::regconfig THEN query.english ELSE query.french END AS tsquery FROM messages m, query WHERE m.account_id = '00000000-5eed-7000-8000-' || :n AND ((m.search_config = 'english'::regconfig AND m.search_vector @@ query.english) OR (m.search_config = 'french_unaccent'::regconfig AND m.search_vector @@ query.french))), ranked AS (SELECT hits.*, ts_rank(search_vector, tsquery) AS rank FROM hits), page AS (SELECT * FROM ranked WHERE CAST(NULL AS TEXT) IS NULL OR rank < CAST(NULL AS REAL) OR (rank = CAST(NULL AS REAL) AND id < NULL) ORDER BY rank DESC, id DESC LIMIT 21) SELECT id, conversation_id, account_id, author, channel, body, reply_to, created_at, search_config::text AS config, rank, ts_headline(search_config, replace(replace(body, E'\uE000', ''), E'\uE001', ''), tsquery, E'StartSel=\uE000, StopSel=\uE001, MaxWords=35, MinWords=15') AS snippet FROM page ORDER BY rank DESC, id DESC;
COMMIT;
