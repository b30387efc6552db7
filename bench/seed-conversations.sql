-- Seeds the conversation benchmark (issue 10): :users accounts, one web conversation each, and
-- :per_user messages in it (10,000 x 100 = 1,000,000 by default), in a few set-based statements.
-- Run by bench/seed-conversations.sh as the database owner (a superuser in dev: row-level security
-- does not apply to it), after the application's migrations:
--   psql -v users=10000 -v per_user=100 -v hash="'<bcrypt hash>'" -f bench/seed-conversations.sql URL
--
-- Everything is a function of the seeded user's number u (1..:users), so that bench/pgbench-*.sql
-- and the harness find the same rows without a lookup:
--   account       00000000-5eed-7000-8000-<100000000000 + u>   email seed-<u>@example.org
--   conversation  00000000-c0a0-7000-8000-<100000000000 + u>
--   messages      time-ordered ids (hex milliseconds first, as the application's), one per hour
--   topic word    bench_topic_word(u * 37 + j * 101) in message j (0-based): 10,000 made-up words of
--                 four syllables, each in 100 messages of the whole table, every message of a user a
--                 different one; the search scenario looks for bench_topic_word(u * 37), in message 0
-- Odd users write French (locale fr, search_config french_unaccent, accented words), even ones
-- English; user messages alternate with assistant answers. Every constraint applies as usual
-- (foreign keys, checks, the generated tsvector column); nothing is disabled.
\set ON_ERROR_STOP on
\timing on

CREATE OR REPLACE FUNCTION bench_topic_word(n integer) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (ARRAY['ka','lo','mi','ne','pu','ri','so','ta','vu','zo'])[(n % 10) + 1]
        || (ARRAY['bra','clo','dri','fle','gru','pla','tro','sku','vla','zri'])[((n / 10) % 10) + 1]
        || (ARRAY['ma','ne','ti','lo','du','ra','se','vo','ki','pe'])[((n / 100) % 10) + 1]
        || (ARRAY['nol','rik','sal','tem','vur','dax','lun','mor','pik','zel'])[((n / 1000) % 10) + 1];
GRANT EXECUTE ON FUNCTION bench_topic_word(integer) TO PUBLIC;

BEGIN;
INSERT INTO accounts (id, email, display_name, password_hash, roles, email_verified, created_at, timezone, locale)
SELECT '00000000-5eed-7000-8000-' || (100000000000 + u), 'seed-' || u || '@example.org', 'Seed user ' || u,
       :hash, ARRAY['USER'], TRUE, now() - interval '200 days',
       CASE WHEN u % 2 = 1 THEN 'Europe/Paris' ELSE 'America/New_York' END,
       CASE WHEN u % 2 = 1 THEN 'fr' ELSE 'en' END
  FROM generate_series(1, :users) AS u;

INSERT INTO conversations (id, account_id, channel, title, archived, sms_number, created_at, last_message_at)
SELECT '00000000-c0a0-7000-8000-' || (100000000000 + u), '00000000-5eed-7000-8000-' || (100000000000 + u),
       'web', CASE WHEN u % 2 = 1 THEN 'Mes rappels' ELSE 'My reminders' END, FALSE, NULL,
       timestamptz '2026-01-01 00:00:00+00' + u * interval '1 second',
       timestamptz '2026-01-01 00:00:00+00' + u * interval '1 second' + (:per_user - 1) * interval '1 hour'
  FROM generate_series(1, :users) AS u;

-- message j of user u at 2026-01-01 + u seconds + j hours
INSERT INTO messages (id, conversation_id, account_id, author, channel, body, reply_to, created_at, search_config)
SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' || lpad(to_hex(j % 4096), 3, '0') || '-8000-'
           || (100000000000 + u),
       '00000000-c0a0-7000-8000-' || (100000000000 + u), '00000000-5eed-7000-8000-' || (100000000000 + u),
       CASE WHEN j % 2 = 0 THEN 'user' ELSE 'assistant' END, 'web',
       CASE WHEN u % 2 = 1 THEN
           CASE WHEN j % 2 = 0 THEN 'Rappelle-moi de '
               || (ARRAY['appeler','préparer','réserver','vérifier','payer','déplacer','noter','envoyer'])[j % 8 + 1]
               || ' ' || (ARRAY['le médecin','la réunion','le déjeuner','les impôts','la pharmacie','le garagiste',
                                'la crèche','le dentiste','la facture d''électricité','le rendez-vous'])[(u + j) % 10 + 1]
               || ' ' || (ARRAY['demain matin','ce soir','lundi prochain','avant midi','après le travail',
                                'à quinze heures'])[(u * 3 + j) % 6 + 1]
               || ', c''est à propos de ' || bench_topic_word(u * 37 + j * 101) || '.'
           ELSE 'D''accord, je te le rappellerai '
               || (ARRAY['à l''heure','dix minutes avant','deux fois s''il le faut','dès que possible'])[j % 4 + 1]
               || ' : ' || bench_topic_word(u * 37 + j * 101) || ' est bien noté.'
           END
       ELSE
           CASE WHEN j % 2 = 0 THEN 'Remind me to '
               || (ARRAY['call','prepare','book','check','pay','move','write down','send'])[j % 8 + 1]
               || ' ' || (ARRAY['the doctor','the meeting','lunch with Sam','the taxes','the pharmacy order',
                                'the mechanic','the daycare form','the dentist','the electricity bill',
                                'the appointment'])[(u + j) % 10 + 1]
               || ' ' || (ARRAY['tomorrow morning','tonight','next Monday','before noon','after work',
                                'at three'])[(u * 3 + j) % 6 + 1]
               || ', it is about ' || bench_topic_word(u * 37 + j * 101) || '.'
           ELSE 'Sure, I will remind you '
               || (ARRAY['on time','ten minutes before','twice if needed','as soon as possible'])[j % 4 + 1]
               || ': ' || bench_topic_word(u * 37 + j * 101) || ' is noted.'
           END
       END,
       NULL, at,
       CASE WHEN u % 2 = 1 THEN 'french_unaccent' ELSE 'english' END::regconfig
  FROM generate_series(1, :users) AS u,
       generate_series(0, :per_user - 1) AS j,
       LATERAL (SELECT timestamptz '2026-01-01 00:00:00+00' + u * interval '1 second' + j * interval '1 hour' AS at) t,
       LATERAL (SELECT lpad(to_hex((extract(epoch FROM at) * 1000)::bigint), 12, '0') AS h) i;
COMMIT;

VACUUM ANALYZE accounts;
VACUUM ANALYZE conversations;
VACUUM ANALYZE messages;
SELECT (SELECT count(*) FROM accounts WHERE email LIKE 'seed-%') AS seeded_accounts,
       (SELECT count(*) FROM messages) AS messages,
       pg_size_pretty(pg_total_relation_size('messages')) AS messages_size;
