-- The Idempotency-Key a client sent with POST /tasks (decision 0029), kept on the task it created:
-- the same key of the same account within 24 hours answers that task instead of creating another.
-- The unique index makes two requests with one key at once store one task (INSERT ... ON CONFLICT
-- DO NOTHING); a key older than 24 hours is set back to NULL when it comes again, freeing it.
-- tasks has no row-level security of its own (only conversations and messages do, V21): every
-- statement of JdbiTasks names account_id, and so does this index.

ALTER TABLE tasks ADD COLUMN idempotency_key TEXT
    CHECK (char_length(idempotency_key) BETWEEN 1 AND 200 AND idempotency_key ~ '^[ -~]+$');

CREATE UNIQUE INDEX tasks_idempotency_key ON tasks (account_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
