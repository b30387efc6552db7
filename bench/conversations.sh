#!/usr/bin/env bash
# The conversation benchmark of issue 10: seeds a fresh dev with 10,000 users and 1,000,000 messages
# (bench/seed-conversations.sh), then measures GET /conversations/{id}/messages?limit=20 (scenario
# messages) and GET /conversations/search?q=<a word of the user's messages> (scenario search) at CONC
# clients, each run side by side with pgbench driving the same SQL straight at dev's PostgreSQL
# (bench/pgbench-messages.sql, bench/pgbench-search.sql), and prints the API's rate as a ratio of the
# bare queries'. docs/performance.md has the figures.
#
# Usage:  bash bench/conversations.sh      (every knob of bench/run.sh applies; these defaults differ:)
#   SCENARIOS="messages search" GENERATORS=socket HEY=0 BCRYPT_COST=10 WARMUP=90s DUR=20s REPEAT=3
#   WORK=/tmp/assistant-bench-conversations
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exec env SCENARIOS="${SCENARIOS-messages search}" GENERATORS="${GENERATORS:-socket}" HEY="${HEY:-0}" \
    BCRYPT_COST="${BCRYPT_COST:-10}" WARMUP="${WARMUP:-90s}" DUR="${DUR:-20s}" REPEAT="${REPEAT:-3}" \
    WORK="${WORK:-/tmp/assistant-bench-conversations}" bash "$ROOT/bench/run.sh"
