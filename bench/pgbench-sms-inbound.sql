-- The database writes of one inbound SMS webhook (issue 12), as the app does them: the intake row,
-- one autocommit INSERT ... ON CONFLICT (message_sid) DO NOTHING on its own pool checkout
-- (JdbiInboundTexts.receive), and the webhook's channel-log row, which the app writes behind the
-- request in multi-row batches (JdbiChannelLogs through BufferedWrites): here one 100-row insert
-- every 100 webhooks on average. Run by bench/sms-inbound.sh against copies of the two tables
-- (bench_sms_inbound, bench_sms_channel_logs: CREATE TABLE ... (LIKE ... INCLUDING ALL), filled with
-- the app's rows of the same run) so that dev's router never sees these rows. One pgbench
-- transaction = one webhook. The id is time-ordered like the app's (TimeOrderedIds).
--   pgbench -n -M prepared -c 64 -j 2 -T 60 -f bench/pgbench-sms-inbound.sql postgresql://...
\set k random(0, 63)
\set n random(1, 1000000000000)
\set batch random(1, 100)
INSERT INTO bench_sms_inbound (id, message_sid, from_number, to_number, body, segments, received_at)
VALUES (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || md5(random()::text), 'SM' || md5(:client_id::text || '-' || :n::text),
        '+1415666' || lpad(:k::text, 4, '0'), '+15005550006', 'hello, who is this? ' || :n::text, 1, now())
ON CONFLICT (message_sid) DO NOTHING;
\if :batch = 1
INSERT INTO bench_sms_channel_logs (at, direction, method, url, status, request, response, duration_nanos,
                                    message_sid, error)
SELECT now(), 'incoming', 'POST', 'http://127.0.0.1:40000/api/v1/sms/twilio/inbound', 200,
       'AccountSid=AC00000000000000000000000000000000&Body=[redacted, 25 characters]&From=•••' || lpad(:k::text, 4, '0')
           || '&MessageSid=SM' || md5(:client_id::text || '-' || :n::text || '-' || i) || '&NumSegments=1&To=•••0006',
       '', 1500000, 'SM' || md5(:client_id::text || '-' || :n::text || '-' || i), NULL
FROM generate_series(1, 100) AS i;
\endif
