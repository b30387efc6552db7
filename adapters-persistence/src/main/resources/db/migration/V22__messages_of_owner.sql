-- The search (JdbiMessages.search) runs as assistant_account_scope, under row-level security (V21).
-- There PostgreSQL uses an index only for conditions whose operator is leakproof, and the full-text
-- match (@@, ts_match_vq) is not: the GIN index messages_search is never used for it, and every search
-- read the whole messages table (a parallel sequential scan, about 0.4 s a search on 1,000,000
-- messages; docs/performance.md, "Conversations"). The owner condition (account_id = ..., texteq) is
-- leakproof: with this index a search reads the caller's messages only, and matches those.
CREATE INDEX messages_of_owner ON messages (account_id);
