#!/usr/bin/env bash
# Runs Debian's Prometheus against `dev` once and asks it every panel expression of the Grafana
# dashboards (docs/operations.md, "What to watch"):
#   1. starts the packaged jar's `dev` on free loopback ports with a temporary data directory;
#   2. starts /usr/bin/prometheus (Debian's `prometheus` package) with a generated configuration that
#      scrapes dev's admin port /prometheus every second and loads alerts.yml, temporary storage,
#      listening on a free loopback port;
#   3. drives traffic that moves every business metric (DevTraffic.java: registration, email
#      verification through /dev/outbox, a wrong and a right login, an SMS second factor, a task, a
#      message, a reminder with its nag, a check-in, inbound texts, STOP, START, a failing text);
#   4. queries Prometheus's HTTP API for every panel expression (Grafana's variables filled in:
#      $__rate_interval 30s, $__range 1h, $process/$instance/$route .*) and prints, per panel target,
#      `data` or `EMPTY` (or `ERROR` and Prometheus's message), then the health of every alert rule.
# Exits 1 when an expression returns nothing or a rule does not evaluate, 2 when something it needs
# is missing. Builds nothing. About 2 minutes.
#
# Usage:  bash deploy/prometheus/check-against-dev.sh
#         (first: mvn -B -o -q -pl dev -am -DskipTests package)
# Env:    KEEP=1 keeps the work directory (dev.log, prometheus.log, prometheus.yml); PROMETHEUS=path
#         another Prometheus binary; JAVA=path another java.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR="$ROOT/dev/target/assistant-dev.jar"
PROMETHEUS=${PROMETHEUS:-/usr/bin/prometheus}
JAVA=${JAVA:-java}
KEEP=${KEEP:-0}

[ -f "$JAR" ] || { echo "no $JAR: build first (mvn -B -o -q -pl dev -am -DskipTests package)" >&2; exit 2; }
[ -x "$PROMETHEUS" ] || { echo "no $PROMETHEUS: install Debian's prometheus package (apt-get install -y prometheus)" >&2; exit 2; }
for tool in curl jq "$JAVA"; do
  command -v "$tool" > /dev/null || { echo "$tool is needed (apt-get install -y curl jq)" >&2; exit 2; }
done
. "$ROOT/bench/dev-lib.sh"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/assistant-prometheus.XXXXXX")
DEV_PID=
PROMETHEUS_PID=
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
stop() {
  local pid=$1
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  stop "$PROMETHEUS_PID"
  stop "$DEV_PID"
  if [ "$KEEP" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# A loopback port nothing listens on (bash's /dev/tcp: no other tool needed).
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "no free port found" >&2; exit 2
}

# ---------------------------------------------------------------- dev
APP_PORT=$(free_port); ADMIN_PORT=$(free_port)
while [ "$ADMIN_PORT" = "$APP_PORT" ]; do ADMIN_PORT=$(free_port); done
BASE="http://127.0.0.1:$APP_PORT"; ADMIN="http://127.0.0.1:$ADMIN_PORT"
env -u DATABASE_URL -u REDIS_URL APP_PORT="$APP_PORT" ADMIN_PORT="$ADMIN_PORT" ASSISTANT_DATA_DIR="$WORK/data" \
    PUBLIC_BASE_URL="$BASE" BCRYPT_COST=10 \
    "$JAVA" -jar "$JAR" dev > "$WORK/dev.log" 2>&1 &
DEV_PID=$!
log "dev starting (pid $DEV_PID): API $BASE, admin $ADMIN"
await_dev_healthy "$DEV_PID" "$ADMIN" "$WORK/dev.log"
status=$(curl -s -o /dev/null -w '%{http_code}' "$ADMIN/prometheus")
[ "$status" = 200 ] || log "warning: GET $ADMIN/prometheus answers $status: every query below will be empty"

# ---------------------------------------------------------------- Prometheus
PROMETHEUS_PORT=$(free_port)
while [ "$PROMETHEUS_PORT" = "$APP_PORT" ] || [ "$PROMETHEUS_PORT" = "$ADMIN_PORT" ]; do PROMETHEUS_PORT=$(free_port); done
PROM="http://127.0.0.1:$PROMETHEUS_PORT"
cat > "$WORK/prometheus.yml" <<EOF
global:
  scrape_interval: 1s
  scrape_timeout: 1s
  evaluation_interval: 1s
rule_files:
  - $ROOT/deploy/prometheus/alerts.yml
scrape_configs:
  - job_name: assistant
    metrics_path: /prometheus
    static_configs:
      - targets: ["127.0.0.1:$ADMIN_PORT"]
        labels:
          process: dev
EOF
"$PROMETHEUS" --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/tsdb" \
    --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" --log.level=warn > "$WORK/prometheus.log" 2>&1 &
PROMETHEUS_PID=$!
for _ in $(seq 1 150); do
  kill -0 "$PROMETHEUS_PID" 2>/dev/null || { echo "prometheus exited" >&2; tail -20 "$WORK/prometheus.log" >&2; exit 1; }
  curl -sf -o /dev/null "$PROM/-/ready" && break
  sleep 0.2
done
curl -sf -o /dev/null "$PROM/-/ready" || { echo "prometheus not ready" >&2; tail -20 "$WORK/prometheus.log" >&2; exit 1; }
log "prometheus (pid $PROMETHEUS_PID) on $PROM scrapes $ADMIN/prometheus every second"

# ---------------------------------------------------------------- traffic
log "traffic (about 75 s: it waits for the reminder's nag and the check-in)"
if ! timeout 170 "$JAVA" "$ROOT/deploy/prometheus/DevTraffic.java" "$BASE" "$ADMIN" --wait-for-nag-and-check-in >&2; then
  echo "the traffic failed; dev's last lines:" >&2; tail -30 "$WORK/dev.log" >&2; exit 1
fi
sleep 5   # a few more scrapes after the last change

# ---------------------------------------------------------------- every panel expression
failures=0; answered=0
while IFS=$'\t' read -r board id title ref expr; do
  query=$(sed -E 's/\$\{?__rate_interval\}?/30s/g; s/\$\{?__interval\}?/30s/g; s/\$\{?__range\}?/1h/g; s/\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/.*/g' <<< "$expr")
  reply=$(curl -s --data-urlencode "query=$query" "$PROM/api/v1/query" || echo '{"status":"error","error":"no answer"}')
  if [ "$(jq -r .status <<< "$reply")" != success ]; then
    printf 'ERROR  %s #%s "%s" %s: %s\n' "$board" "$id" "$title" "$ref" "$(jq -r .error <<< "$reply")"
    failures=$((failures + 1))
  elif [ "$(jq '.data.result | length' <<< "$reply")" -gt 0 ]; then
    printf 'data   %s #%s "%s" %s (%s series)\n' "$board" "$id" "$title" "$ref" "$(jq '.data.result | length' <<< "$reply")"
    answered=$((answered + 1))
  else
    printf 'EMPTY  %s #%s "%s" %s: %s\n' "$board" "$id" "$title" "$ref" "$query"
    failures=$((failures + 1))
  fi
done < <(for board in "$ROOT"/deploy/grafana/dashboards/*.json; do
  jq -r --arg board "$(basename "$board")" '[.panels[] | if .type == "row" then (.panels // [])[] else . end]
    | .[] | . as $panel | .targets[] | [$board, ($panel.id | tostring), $panel.title, .refId, .expr] | @tsv' "$board"
done)

# ---------------------------------------------------------------- the alert rules evaluate
rules=$(curl -s "$PROM/api/v1/rules")
while IFS=$'\t' read -r name health state error; do
  if [ "$health" = ok ]; then
    printf 'rule   %s: evaluates (%s)\n' "$name" "$state"
  else
    printf 'ERROR  rule %s: health %s %s\n' "$name" "$health" "$error"
    failures=$((failures + 1))
  fi
done < <(jq -r '.data.groups[].rules[] | [.name, .health, (.state // "-"), (.lastError // "")] | @tsv' <<< "$rules")

echo "$answered panel expressions returned data; $failures problems"
[ "$failures" = 0 ]
