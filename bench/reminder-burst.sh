#!/usr/bin/env bash
# The reminder burst of issue 11: 10,000 reminders due at the same instant T, texted by `dev`'s
# `deliver-reminders` job (db-scheduler, 2 threads, polling every second) through its Twilio
# emulator; then, in the same run and on the same database, db-scheduler's own rate on 10,000
# no-op one-time tasks (DbSchedulerNoOpBench), and our rate as a ratio of it. docs/performance.md
# ("The assistant (issue 11)") has the figures.
#
# Usage:  bash bench/reminder-burst.sh     (from the repository root; builds the jars when missing)
# Knobs (env): PEOPLE=100 PER_PERSON=100 (10,000 reminders), LEAD=150 (s from the start of the setup
#              to T), PROFILE=1 (JFR over the burst, summarized with JfrTop), NOOP_STRATEGIES="fetch
#              lock-and-fetch", SERVER_JAVA=java SERVER_JAVA_OPTS=, BCRYPT_COST=10, WORK=/tmp/assistant-burst
#              DATABASE_URL=... (optional: the machine's PostgreSQL instead of the embedded one; then also
#              PGURL=postgresql://... for psql and NOOP_JDBC_URL=jdbc:postgresql://... for the no-op bench)
# The 2026-12-02 figures: the plain command (21 texts/s: every text waits ~45 ms on the emulator's
# socket), then SERVER_JAVA_OPTS=-Dsun.net.httpserver.nodelay=true LEAD=60 NOOP_STRATEGIES=fetch
# (401 texts/s), see docs/performance.md.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/bench/dev-lib.sh"
PEOPLE=${PEOPLE:-100}; PER_PERSON=${PER_PERSON:-100}; LEAD=${LEAD:-150}; PROFILE=${PROFILE:-1}
NOOP_STRATEGIES=${NOOP_STRATEGIES:-fetch lock-and-fetch}
SERVER_JAVA=${SERVER_JAVA:-java}; SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-}; BCRYPT_COST=${BCRYPT_COST:-10}
WORK=${WORK:-/tmp/assistant-burst}
APP_JAR="$ROOT/dev/target/assistant-dev.jar"; BENCH_JAR="$ROOT/bench/target/bench.jar"
if [ ! -f "$APP_JAR" ] || [ ! -f "$BENCH_JAR" ]; then
  (cd "$ROOT" && mvn -B -o -q -DskipTests package -pl bench,dev -am)
fi
mkdir -p "$WORK"; RUN_DIR=$(mktemp -d "$WORK/run.XXXXXX"); DATA="$RUN_DIR/data"; mkdir -p "$DATA"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$RUN_DIR/burst.log" >&2; }
say() { echo "$*" | tee -a "$RUN_DIR/report.txt"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
APP_PORT=$(free_port); ADMIN_PORT=$(free_port); BASE="http://127.0.0.1:$APP_PORT"; ADMIN="http://127.0.0.1:$ADMIN_PORT"

log "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
env APP_PORT="$APP_PORT" ADMIN_PORT="$ADMIN_PORT" ASSISTANT_DATA_DIR="$DATA" BCRYPT_COST="$BCRYPT_COST" \
    RATE_LIMIT_SCALE=100000 "$SERVER_JAVA" $SERVER_JAVA_OPTS -jar "$APP_JAR" dev > "$RUN_DIR/dev.log" 2>&1 &
DEV_PID=$!
cleanup() {
  kill -TERM "$DEV_PID" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$DEV_PID" 2>/dev/null || break; sleep 0.2; done
}
trap cleanup EXIT
await_dev_healthy "$DEV_PID" "$ADMIN" "$RUN_DIR/dev.log"
if [ -z "${DATABASE_URL:-}" ]; then
  PG_PORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
  PGURL="postgresql://postgres@127.0.0.1:$PG_PORT/assistant"
  NOOP_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/assistant"
fi
log "dev healthy (pid $DEV_PID) on $BASE, admin $ADMIN, database $PGURL"
JCMD="$(dirname "$(readlink -f "$(command -v "$SERVER_JAVA")")")/jcmd"

# ---------------------------------------------------------------- the burst
python3 "$ROOT/bench/reminder_burst.py" setup "$BASE" "$ADMIN" "$PEOPLE" "$PER_PERSON" "$LEAD" "$RUN_DIR" \
    | tee -a "$RUN_DIR/burst.log"
DUE_MS=$(cat "$RUN_DIR/due.txt"); TOTAL=$((PEOPLE * PER_PERSON))
if [ "$PROFILE" = 1 ]; then
  # a first recording deoptimizes compiled code: pay that with an empty one well before T
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<configuration version="2.0" label="empty"/>\n' > "$RUN_DIR/empty.jfc"
  "$JCMD" "$DEV_PID" JFR.start name=prime settings="$RUN_DIR/empty.jfc" >/dev/null
  "$JCMD" "$DEV_PID" JFR.stop name=prime >/dev/null
fi
while [ $(( $(date +%s%3N) )) -lt $((DUE_MS - 3000)) ]; do sleep 0.2; done
if [ "$PROFILE" = 1 ]; then
  "$JCMD" "$DEV_PID" JFR.start name=burst settings=profile filename="$RUN_DIR/burst.jfr" >/dev/null
fi
CPU0=$(awk '{print $14+$15}' /proc/$DEV_PID/stat)
log "T - 3 s: waiting for $TOTAL texts (load $(cut -d' ' -f1-3 /proc/loadavg))"
SENT=0
while :; do
  SENT=$(psql -qAt "$PGURL" -c "SELECT count(*) FROM reminder_deliveries WHERE channel = 'sms' AND state = 'sent'")
  [ "$SENT" -ge "$TOTAL" ] && break
  [ $(( $(date +%s%3N) - DUE_MS )) -gt 600000 ] && { log "gave up 600 s after T with $SENT sent"; break; }
  sleep 0.5
done
CPU1=$(awk '{print $14+$15}' /proc/$DEV_PID/stat)
LOAD_DURING=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$PROFILE" = 1 ]; then
  "$JCMD" "$DEV_PID" JFR.stop name=burst >/dev/null
  java -cp "$BENCH_JAR" org.tdah.assistant.bench.JfrTop "$RUN_DIR/burst.jfr" 25 > "$RUN_DIR/profile-burst.txt" 2>&1 || true
fi
sleep 3 # anything sent twice would be in the outbox by now
LEDGER=$(psql -qAt -F' ' "$PGURL" -c "
  SELECT count(*), count(DISTINCT reminder_id),
         ((extract(epoch FROM min(finished_at))*1000 - $DUE_MS)/1000.0)::numeric(10,3),
         ((extract(epoch FROM percentile_disc(0.5) WITHIN GROUP (ORDER BY finished_at))*1000 - $DUE_MS)/1000.0)::numeric(10,3),
         ((extract(epoch FROM max(finished_at))*1000 - $DUE_MS)/1000.0)::numeric(10,3),
         count(*) FILTER (WHERE finished_at <= to_timestamp($DUE_MS/1000.0) + interval '20 seconds')
  FROM reminder_deliveries WHERE channel = 'sms' AND state = 'sent'")
OTHER=$(psql -qAt "$PGURL" -c "SELECT string_agg(state || ' ' || n, ', ') FROM (SELECT state, count(*) n FROM reminder_deliveries WHERE state <> 'sent' GROUP BY state) s")
read -r L_N L_DISTINCT L_FIRST L_P50 L_LAST L_IN20 <<< "$LEDGER"
python3 "$ROOT/bench/reminder_burst.py" outbox "$ADMIN" "$DUE_MS" "$RUN_DIR" | tee "$RUN_DIR/outbox.txt"
read -r _ O_N O_DISTINCT O_TWICE O_FIRST O_P50 O_LAST <<< "$(grep '^OUTBOX' "$RUN_DIR/outbox.txt")"
TICK=$(getconf CLK_TCK)
OUR_RATE=$(awk -v n="$L_N" -v s="$L_LAST" 'BEGIN{ if (s>0) printf "%.1f", n/s; else print 0 }')
DEV_CORES=$(awk -v c="$((CPU1 - CPU0))" -v t="$TICK" -v s="$L_LAST" 'BEGIN{ if (s>0) printf "%.2f", c/t/(s+3); else print 0 }')

# ---------------------------------------------------------------- db-scheduler's own limit, same database
NOOP_LINES=()
for strategy in $NOOP_STRATEGIES; do
  log "db-scheduler no-op: $TOTAL one-time tasks, 2 threads, polling 1 s, strategy $strategy (load $(cut -d' ' -f1-3 /proc/loadavg))"
  line=$(java -cp "$BENCH_JAR" org.tdah.assistant.bench.DbSchedulerNoOpBench --jdbc-url "$NOOP_JDBC_URL" \
      --tasks "$TOTAL" --threads 2 --polling 1s --strategy "$strategy" 2>>"$RUN_DIR/noop.log" | tee -a "$RUN_DIR/noop.log" | grep '^| db-scheduler')
  NOOP_LINES+=("$line")
done

# ---------------------------------------------------------------- report
say "# reminder burst $(date -u +%Y-%m-%dT%H:%M:%SZ): $TOTAL reminders ($PEOPLE people x $PER_PERSON) due at $(date -u -d @$((DUE_MS/1000)) +%H:%M:%S)"
say "server: assistant-dev.jar dev, $("$SERVER_JAVA" -version 2>&1 | head -1) $SERVER_JAVA_OPTS; deliver-reminders on db-scheduler (2 threads, polling 1 s), reminders.batchSize $(grep -A3 '^reminders:' "$ROOT/dev/src/main/resources/dev.yml" | sed -n 's/.*batchSize: //p')"
say "load: before T $(grep -m1 'T - 3 s' "$RUN_DIR/burst.log" | sed 's/.*(load \(.*\))/\1/'), at the end of the burst $LOAD_DURING"
say "ledger (reminder_deliveries, sms, sent): $L_N rows for $L_DISTINCT reminders; from T: first $L_FIRST s, median $L_P50 s, last $L_LAST s; within 20 s: $L_IN20; other states: ${OTHER:-none}"
say "emulator (GET /dev/outbox): $O_N texts for $O_DISTINCT reminders, texted more than once: $O_TWICE; from T: first $O_FIRST s, median $O_P50 s, last $O_LAST s"
say "our rate: $OUR_RATE texts/s (T to last); dev's JVM $DEV_CORES cores over the burst"
for line in "${NOOP_LINES[@]}"; do
  say "$line"
  r=$(echo "$line" | sed -E 's/.*\| ([0-9.]+) tasks\/s \|$/\1/')
  say "  ratio ours / this: x$(awk -v a="$OUR_RATE" -v b="$r" 'BEGIN{ if (b>0) printf "%.3f", a/b; else print "n/a"}')"
done
MET=$(awk -v last="$L_LAST" -v n="$L_N" -v t="$TOTAL" -v tw="$O_TWICE" 'BEGIN{ print (n>=t && last<=20 && tw==0) ? "MET" : "MISSED" }')
say "target: all $TOTAL handed to TextMessages within 20 s of T, none twice: $MET"
[ "$PROFILE" = 1 ] && say "profile: $RUN_DIR/profile-burst.txt"
say "raw: $RUN_DIR"
