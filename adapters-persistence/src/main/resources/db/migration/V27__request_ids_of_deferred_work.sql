-- The request id of the work that stored each deferred item, so that the background work that
-- handles it later, on another thread (routing an inbound text, sending a queued text, delivering
-- an email), logs and forwards the same id (docs/operations.md, "Logs"). An opaque id that only
-- correlates: never a secret, nor personal. NULL for rows kept before this column existed, and for
-- work that had no id; their handling gets a new one.
ALTER TABLE sms_inbound ADD COLUMN request_id TEXT;
ALTER TABLE sms_outbox ADD COLUMN request_id TEXT;
ALTER TABLE email_outbox ADD COLUMN request_id TEXT;
