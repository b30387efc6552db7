#!/usr/bin/env bash
# A JDK 25 ahead-of-time cache (JEP 483 + 515: classes loaded and linked, and method profiles) for
# the dev jar, made by a training run: a fresh dev on its own ports and data, driven through the
# requests of the benchmarks (register, login, GET /users/me, refresh, tasks), then stopped with
# SIGTERM; the JVM writes the cache as it exits. bench/run.sh then uses it with
# SERVER_JAVA_OPTS="-XX:AOTCache=FILE" (docs/performance.md, "Cold start").
#
# Usage:  bash bench/aot-cache.sh [FILE]      (default /tmp/assistant-bench/dev.aot)
# Knobs:  SERVER_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java   TRAIN_REQUESTS=20000
# The cache is valid only for the same JVM build and the same jar file (path, size and time):
# rebuild it after every package.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=bench/dev-lib.sh
. "$ROOT/bench/dev-lib.sh"
OUT=${1:-/tmp/assistant-bench/dev.aot}
SERVER_JAVA=${SERVER_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
TRAIN_REQUESTS=${TRAIN_REQUESTS:-20000}
APP_JAR="$ROOT/dev/target/assistant-dev.jar"
[ -f "$APP_JAR" ] || { echo "no $APP_JAR: mvn -B -q -DskipTests package first" >&2; exit 1; }
command -v hey > /dev/null || { echo "hey is missing: apt-get install -y hey" >&2; exit 1; }
mkdir -p "$(dirname "$OUT")"
rm -f "$OUT"
DATA=$(mktemp -d)
free_port() { local p; for p in $(shuf -i 20000-40000 -n 200); do
  (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { [ "$p" != "${1:-}" ] && echo "$p" && return; }; done; return 1; }
APP_PORT=$(free_port); ADMIN_PORT=$(free_port "$APP_PORT")
BASE="http://127.0.0.1:$APP_PORT"
LOG="$DATA/train.log"
env APP_PORT="$APP_PORT" ADMIN_PORT="$ADMIN_PORT" ASSISTANT_DATA_DIR="$DATA/dev" RATE_LIMIT_SCALE=100000 \
    "$SERVER_JAVA" -XX:AOTCacheOutput="$OUT" -jar "$APP_JAR" dev > "$LOG" 2>&1 &
PID=$!
trap 'kill -TERM "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT
await_dev_healthy "$PID" "http://127.0.0.1:$ADMIN_PORT" "$LOG"
json() { curl -sf -X POST "$BASE$1" -H 'Content-Type: application/json' "${@:3}" -d "$2"; }
for i in 1 2 3 4; do
  email="train-$i-$RANDOM@example.org"
  json /api/v1/auth/register "{\"email\":\"$email\",\"password\":\"purple elephants dance quietly\",\"displayName\":\"Train\"}" > /dev/null
  login=$(json /api/v1/auth/login "{\"email\":\"$email\",\"password\":\"purple elephants dance quietly\"}")
  token=$(echo "$login" | jq -r .accessToken); refresh=$(echo "$login" | jq -r .refreshToken)
  for _ in $(seq 1 20); do
    refresh=$(json /api/v1/auth/refresh "{\"refreshToken\":\"$refresh\"}" | jq -r .refreshToken)
    json /api/v1/tasks '{"title":"call the pharmacy"}' -H "Authorization: Bearer $token" > /dev/null
    curl -sf -o /dev/null "$BASE/api/v1/tasks" -H "Authorization: Bearer $token"
  done
done
hey -n "$TRAIN_REQUESTS" -c 32 -H "Authorization: Bearer $token" "$BASE/api/v1/users/me" | grep -E 'Requests/sec|\[200\]' >&2
kill -TERM "$PID"
wait "$PID" || true
trap 'rm -rf "$DATA"' EXIT
[ -s "$OUT" ] || { echo "no AOT cache written; the training log:" >&2; tail -20 "$LOG" >&2; exit 1; }
echo "AOT cache: $OUT ($(du -h "$OUT" | cut -f1)), for $APP_JAR and $("$SERVER_JAVA" -version 2>&1 | head -1)"
