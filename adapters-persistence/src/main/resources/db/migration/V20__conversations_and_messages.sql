-- Conversations and their messages. Ids are time-ordered UUIDs compared byte by byte (COLLATE "C"),
-- so that keyset paging on them follows creation order.

-- French is searched without accents ("medecin" finds "médecin"): the french configuration with
-- unaccent before the stemmer. unaccent is a trusted extension (PostgreSQL 13+), so the owner of the
-- database may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
ALTER TEXT SEARCH CONFIGURATION french_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

CREATE TABLE conversations (
    id               TEXT COLLATE "C" PRIMARY KEY,
    account_id       TEXT        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    channel          TEXT        NOT NULL CHECK (channel IN ('web', 'sms')),
    title            TEXT,
    archived         BOOLEAN     NOT NULL DEFAULT FALSE,
    sms_number       TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    last_message_at  TIMESTAMPTZ,
    CONSTRAINT conversations_sms_has_a_number CHECK ((channel = 'sms') = (sms_number IS NOT NULL))
);

CREATE INDEX conversations_of_owner ON conversations (account_id, id DESC);
-- One SMS conversation per person and number, even when two texts arrive at once.
CREATE UNIQUE INDEX conversations_one_per_sms_number ON conversations (account_id, sms_number) WHERE channel = 'sms';

-- search_config is the text search configuration of the owner's language when the message was
-- written ('english' or 'french_unaccent'); the vector is computed from it by PostgreSQL itself.
CREATE TABLE messages (
    id               TEXT COLLATE "C" PRIMARY KEY,
    conversation_id  TEXT COLLATE "C" NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    account_id       TEXT        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    author           TEXT        NOT NULL CHECK (author IN ('user', 'assistant', 'system')),
    channel          TEXT        NOT NULL CHECK (channel IN ('web', 'sms')),
    body             TEXT        NOT NULL CHECK (char_length(body) BETWEEN 1 AND 4000),
    reply_to         TEXT COLLATE "C",
    created_at       TIMESTAMPTZ NOT NULL,
    search_config    REGCONFIG   NOT NULL,
    search_vector    TSVECTOR    GENERATED ALWAYS AS (to_tsvector(search_config, body)) STORED,
    -- also the index of a conversation's messages in id order
    CONSTRAINT messages_in_conversation UNIQUE (conversation_id, id),
    -- a reply answers a message of the same conversation
    CONSTRAINT messages_reply_in_same_conversation FOREIGN KEY (conversation_id, reply_to)
        REFERENCES messages (conversation_id, id) ON DELETE CASCADE
);

CREATE INDEX messages_replies ON messages (reply_to) WHERE reply_to IS NOT NULL;
CREATE INDEX messages_search ON messages USING GIN (search_vector);
