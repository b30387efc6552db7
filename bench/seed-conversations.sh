#!/usr/bin/env bash
# Seeds a running `dev` for the conversation benchmark (issue 10): 10,000 accounts with one web
# conversation of 100 messages each (1,000,000 messages, English and French), straight in SQL
# (bench/seed-conversations.sql), and writes the seeded users (u, email, conversation id, a word of
# the user's messages) as TSV for the harness (--seeded).
#
# Usage:  bash bench/seed-conversations.sh BASE_URL POSTGRES_URL OUT.tsv
#   BASE_URL      the API of the running dev, e.g. http://127.0.0.1:8080
#   POSTGRES_URL  its database as psql takes it, e.g. postgresql://postgres@127.0.0.1:PORT/assistant
#                 (dev's embedded server: the port is line 4 of <data dir>/postgres/postmaster.pid)
# Knobs (env): SEED_USERS=10000 SEED_PER_USER=100 PASSWORD='purple elephants dance quietly'
#
# The password hash is computed once, by the application: one account is registered over HTTP
# (at the dev's BCRYPT_COST; run dev with BCRYPT_COST=10 so that logins stay cheap) and its hash is
# copied to every seeded account, so that all of them log in with PASSWORD. A database that is
# already seeded is left as it is (only the TSV is written again).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE=${1:?usage: seed-conversations.sh BASE_URL POSTGRES_URL OUT.tsv}
PGURL=${2:?usage: seed-conversations.sh BASE_URL POSTGRES_URL OUT.tsv}
OUT_TSV=${3:?usage: seed-conversations.sh BASE_URL POSTGRES_URL OUT.tsv}
SEED_USERS=${SEED_USERS:-10000}
SEED_PER_USER=${SEED_PER_USER:-100}
PASSWORD=${PASSWORD:-purple elephants dance quietly}
log() { echo "[$(date +%T)] seed: $*" >&2; }
q() { psql -X -At -v ON_ERROR_STOP=1 "$PGURL" -c "$1"; }

SEEDED=$(q "SELECT count(*) FROM accounts WHERE email LIKE 'seed-%@example.org'")
if [ "$SEEDED" = 0 ]; then
  # the one hash, computed by the application
  HASH_EMAIL=seed-hash@example.org
  body=$(printf '{"email":"%s","password":"%s","displayName":"Seed hash"}' "$HASH_EMAIL" "$PASSWORD")
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$body" "$BASE/api/v1/auth/register")
  [ "$code" = 201 ] || [ "$code" = 409 ] || { echo "registering $HASH_EMAIL answered $code" >&2; exit 1; }
  HASH=$(q "SELECT password_hash FROM accounts WHERE email = '$HASH_EMAIL'")
  [ -n "$HASH" ] || { echo "no hash for $HASH_EMAIL" >&2; exit 1; }
  log "inserting $SEED_USERS accounts and conversations, $((SEED_USERS * SEED_PER_USER)) messages (hash of $HASH_EMAIL: ${HASH:0:7}...)"
  t0=$(date +%s)
  psql -X -q -v ON_ERROR_STOP=1 -v users="$SEED_USERS" -v per_user="$SEED_PER_USER" -v hash="'$HASH'" \
      -f "$ROOT/bench/seed-conversations.sql" "$PGURL" >&2
  log "seeded in $(( $(date +%s) - t0 )) s"
else
  log "already seeded ($SEEDED seed accounts): left as it is"
fi
q "COPY (SELECT u, 'seed-' || u || '@example.org', '00000000-c0a0-7000-8000-' || (100000000000 + u),
             bench_topic_word(u * 37)
        FROM generate_series(1, $SEED_USERS) AS u) TO STDOUT" > "$OUT_TSV"
log "$(wc -l < "$OUT_TSV") seeded users listed in $OUT_TSV"
