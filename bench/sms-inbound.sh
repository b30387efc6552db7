#!/usr/bin/env bash
# The SMS router's intake under load (issue 12). Phase 1, at the target: SENDERS strangers POST
# signed inbound webhooks (SmsInboundBench, run from its source file) to `dev` at RATE a second in
# all (open loop, latency from the time each was due) for WARMUP + MEASURE seconds; during the
# measured phase a probe (PROBES verified people, in turn, one text a second in all) texts the
# platform number and we time each reply's arrival at dev's Twilio emulator (GET /dev/outbox).
# Phase 2, the most it takes: the same senders in a closed loop (each sends when answered) for
# SATURATE seconds. Then, app idle, the same database writes per webhook straight at dev's embedded
# PostgreSQL with pgbench (bench/pgbench-sms-inbound.sql), and the ratio of phase 2 to it.
# docs/performance.md ("The SMS router (issue 12)") has the figures.
#
# Usage:  bash bench/sms-inbound.sh     (from the repository root; the jars must be built)
# Knobs (env): SENDERS=64 RATE=1000 SATURATE=30 WARMUP=150 MEASURE=60 PROBES=8 SMS_PACE="10 milliseconds" PROFILE=1 (JFR over
#              the measured phase, summarized with JfrTop) PGBENCH_CLIENTS="64 8" QUIET_WAIT=900 (s to
#              wait for other builds/tests to end) DRAIN_MAX=60 (s left to the router after the load; what
#              still waits then of the load's strangers is dropped, so the router is idle for the probe alone
#              and for pgbench) SERVER_JAVA=java SERVER_JAVA_OPTS= WORK=/tmp/assistant-sms
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$ROOT/bench/dev-lib.sh"
SENDERS=${SENDERS:-64}; RATE=${RATE:-1000}; SATURATE=${SATURATE:-30}; WARMUP=${WARMUP:-150}; MEASURE=${MEASURE:-60}; PROBES=${PROBES:-8}
SMS_PACE=${SMS_PACE:-10 milliseconds}; PROFILE=${PROFILE:-1}; PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-64 8}
QUIET_WAIT=${QUIET_WAIT:-900}; DRAIN_MAX=${DRAIN_MAX:-60}; SERVER_JAVA=${SERVER_JAVA:-java}; SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-}
WORK=${WORK:-/tmp/assistant-sms}
APP_JAR="$ROOT/dev/target/assistant-dev.jar"; BENCH_JAR="$ROOT/bench/target/bench.jar"
[ -f "$APP_JAR" ] && [ -f "$BENCH_JAR" ] || { echo "build first: mvn -B -o -q -DskipTests package -pl bench,dev -am" >&2; exit 1; }
PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1 || true)
mkdir -p "$WORK"; RUN_DIR=$(mktemp -d "$WORK/run.XXXXXX"); DATA="$RUN_DIR/data"; mkdir -p "$DATA"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$RUN_DIR/bench.log" >&2; }
say() { echo "$*" | tee -a "$RUN_DIR/report.txt"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# ---------------------------------------------------------------- a quiet machine
waited=0
while pgrep -f 'surefire|failsafe|maven' >/dev/null && [ "$waited" -lt "$QUIET_WAIT" ]; do
  [ "$waited" = 0 ] && log "waiting for other builds/tests to end: $(pgrep -fa 'surefire|failsafe|maven' | cut -c1-120 | head -3 | tr '\n' ';')"
  sleep 30; waited=$((waited + 30))
done
BUSY_AT_START=$(pgrep -fa 'surefire|failsafe|maven' | cut -c1-100 | head -3 | tr '\n' ';' || true)
log "waited ${waited} s for quiet; still running: ${BUSY_AT_START:-nothing}; load $(loadavg)"

# ---------------------------------------------------------------- dev
APP_PORT=$(free_port); ADMIN_PORT=$(free_port); BASE="http://127.0.0.1:$APP_PORT"; ADMIN="http://127.0.0.1:$ADMIN_PORT"
env APP_PORT="$APP_PORT" ADMIN_PORT="$ADMIN_PORT" ASSISTANT_DATA_DIR="$DATA" BCRYPT_COST=10 RATE_LIMIT_SCALE=100000 \
    PUBLIC_BASE_URL="$BASE" SMS_PACE="$SMS_PACE" \
    "$SERVER_JAVA" $SERVER_JAVA_OPTS -jar "$APP_JAR" dev > "$RUN_DIR/dev.log" 2>&1 &
DEV_PID=$!
GEN_PID=
cleanup() {
  [ -n "$GEN_PID" ] && kill -TERM "$GEN_PID" 2>/dev/null || true
  kill -TERM "$DEV_PID" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$DEV_PID" 2>/dev/null || break; sleep 0.2; done
}
trap cleanup EXIT
await_dev_healthy "$DEV_PID" "$ADMIN" "$RUN_DIR/dev.log"
PG_PORT=$(sed -n 4p "$DATA/postgres/postmaster.pid"); PG_PID=$(sed -n 1p "$DATA/postgres/postmaster.pid")
PGURL="postgresql://postgres@127.0.0.1:$PG_PORT/assistant"
psql() { command psql -qAt -X "$PGURL" "$@"; }
log "dev healthy (pid $DEV_PID) on $BASE, admin $ADMIN, database $PGURL (postmaster $PG_PID), SMS_PACE=$SMS_PACE"
JCMD="$(dirname "$(readlink -f "$(command -v "$SERVER_JAVA")")")/jcmd"

# ---------------------------------------------------------------- the probe's people, through the API
python3 - "$BASE" "$ADMIN" "$PROBES" "$RUN_DIR" <<'PY' | tee -a "$RUN_DIR/bench.log"
import http.client, json, re, sys, time, urllib.parse
base, admin, n, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
PASSWORD = "purple elephants dance quietly"
def conn(url):
    u = urllib.parse.urlparse(url); return http.client.HTTPConnection(u.hostname, u.port, timeout=60)
api, adm = conn(base), conn(admin)
def call(c, method, path, body=None, token=None, expect=(200, 201, 202, 204)):
    h = {"Content-Type": "application/json"}
    if token: h["Authorization"] = "Bearer " + token
    c.request(method, path, body=json.dumps(body) if body is not None else None, headers=h)
    r = c.getresponse(); raw = r.read()
    if r.status not in expect: raise RuntimeError(f"{method} {path}: {r.status} {raw[:300]!r}")
    return json.loads(raw) if raw else None
def outbox(): return call(adm, "GET", "/dev/outbox")
def wait_for(pred, what):
    for _ in range(100):
        for m in reversed(outbox()):
            v = pred(m)
            if v: return v
        time.sleep(0.1)
    raise RuntimeError("nothing in the dev outbox for " + what)
t0 = time.time(); phones = []; email_verified = 0
for i in range(n):
    email, phone = f"probe{i}@example.org", "+1415777%04d" % i
    call(api, "POST", "/api/v1/auth/register", {"email": email, "password": PASSWORD, "displayName": f"Probe {i}"})
    try:
        def token_of(m):
            if m.get("to") != email: return None
            t = re.search(r"token=([A-Za-z0-9_\-.~%]+)", m.get("body", ""))
            return urllib.parse.unquote(t.group(1)) if t else None
        call(api, "POST", "/api/v1/auth/verify-email", {"token": wait_for(token_of, email)})
        email_verified += 1
    except RuntimeError as e:
        print(f"email of {email} not verified: {e}", file=sys.stderr)
    token = call(api, "POST", "/api/v1/auth/login", {"email": email, "password": PASSWORD})["accessToken"]
    call(api, "PATCH", "/api/v1/users/me", {"smsConsent": True}, token)
    call(api, "POST", "/api/v1/users/me/phone", {"phone": phone}, token)
    def code_of(m):
        if m.get("to") != phone: return None
        d = re.search(r"\b(\d{6})\b", m.get("body", ""))
        return d.group(1) if d else None
    call(api, "POST", "/api/v1/users/me/phone/verify", {"code": wait_for(code_of, phone)}, token)
    phones.append(phone)
open(f"{out}/probe-phones.txt", "w").write(",".join(phones))
print(f"probe: {n} people registered (email verified: {email_verified}), logged in, SMS consent, phone verified"
      f" through the API in {time.time() - t0:.1f} s")
PY
PROBE_PHONES=$(cat "$RUN_DIR/probe-phones.txt")

# ---------------------------------------------------------------- the load, and the probe
mkdir -p "$RUN_DIR/classes"
javac -d "$RUN_DIR/classes" "$ROOT/bench/src/main/java/org/tdah/assistant/bench/SmsInboundBench.java"
if [ "$PROFILE" = 1 ]; then
  # a first recording deoptimizes compiled code: pay that with an empty one before the warm-up
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<configuration version="2.0" label="empty"/>\n' > "$RUN_DIR/empty.jfc"
  "$JCMD" "$DEV_PID" JFR.start name=prime settings="$RUN_DIR/empty.jfc" >/dev/null
  "$JCMD" "$DEV_PID" JFR.stop name=prime >/dev/null
fi
log "load: $SENDERS senders, warm-up $WARMUP s, measured $MEASURE s; probe from $PROBES phones (load $(loadavg))"
java -cp "$RUN_DIR/classes" org.tdah.assistant.bench.SmsInboundBench --port "$APP_PORT" --public-base "$BASE" \
    --senders "$SENDERS" --rate "$RATE" --warmup-s "$WARMUP" --measure-s "$MEASURE" --probe-phones "$PROBE_PHONES" \
    --probe-file "$RUN_DIR/probe-sent-load.tsv" --mark-file "$RUN_DIR/marks.txt" --pids "$DEV_PID,$PG_PID" \
    > "$RUN_DIR/load.txt" 2> "$RUN_DIR/load.log" &
GEN_PID=$!
# the recording starts 30 s before the measured phase, so that what starting it costs falls in the warm-up
JFR_AT=$(( $(date +%s) + WARMUP - 30 ))
while ! grep -q measure-start "$RUN_DIR/marks.txt" 2>/dev/null; do
  kill -0 "$GEN_PID" 2>/dev/null || { cat "$RUN_DIR/load.log" >&2; exit 1; }
  if [ "$PROFILE" = 1 ] && [ -n "$JFR_AT" ] && [ "$(date +%s)" -ge "$JFR_AT" ]; then
    "$JCMD" "$DEV_PID" JFR.start name=load settings=profile filename="$RUN_DIR/load.jfr" >/dev/null; JFR_AT=
  fi
  sleep 0.2
done
[ "$PROFILE" = 1 ] && [ -n "$JFR_AT" ] && "$JCMD" "$DEV_PID" JFR.start name=load settings=profile filename="$RUN_DIR/load.jfr" >/dev/null
LOAD_START=$(loadavg)
WAITING_START=$(psql -c "SELECT count(*) FROM sms_inbound WHERE routed_at IS NULL")
log "measured phase started (load $LOAD_START; texts waiting to be routed: $WAITING_START)"
PG_CPU0=$(for p in $(pgrep -P "$PG_PID"); do awk '{print $14+$15}' /proc/$p/stat 2>/dev/null; done | awk '{s+=$1} END{print s+0}')
while ! grep -q measure-end "$RUN_DIR/marks.txt"; do sleep 0.2; done
PG_CPU1=$(for p in $(pgrep -P "$PG_PID"); do awk '{print $14+$15}' /proc/$p/stat 2>/dev/null; done | awk '{s+=$1} END{print s+0}')
WAITING_END=$(psql -c "SELECT count(*) FROM sms_inbound WHERE routed_at IS NULL")
END_MS=$(date +%s%3N)
[ "$PROFILE" = 1 ] && "$JCMD" "$DEV_PID" JFR.stop name=load >/dev/null
wait "$GEN_PID"; GEN_PID=
RESULT=$(grep '^RESULT' "$RUN_DIR/load.txt")
log "$RESULT"
log "texts waiting to be routed at the end of the measured phase: $WAITING_END"
[ "$PROFILE" = 1 ] && java -cp "$BENCH_JAR" org.tdah.assistant.bench.JfrTop "$RUN_DIR/load.jfr" 25 > "$RUN_DIR/profile-load.txt" 2>&1 || true

MS0=$(sed -n 's/^measure-start //p' "$RUN_DIR/marks.txt"); MS1=$(sed -n 's/^measure-end //p' "$RUN_DIR/marks.txt")
ROUTED_IN_PHASE=$(psql -c "SELECT count(*) FROM sms_inbound WHERE routed_at BETWEEN to_timestamp($MS0/1000.0) AND to_timestamp($MS1/1000.0)")
RECEIVED_IN_PHASE=$(psql -c "SELECT count(*) FROM sms_inbound WHERE received_at BETWEEN to_timestamp($MS0/1000.0) AND to_timestamp($MS1/1000.0)")
# the router goes on with what waits (no load now), for at most DRAIN_MAX s
DRAIN_S=0
while [ "$(psql -c "SELECT count(*) FROM sms_inbound WHERE routed_at IS NULL")" -gt 0 ] && [ "$DRAIN_S" -lt "$DRAIN_MAX" ]; do
  sleep 1; DRAIN_S=$((DRAIN_S + 1))
done
D0=$(date +%s%3N)
ROUTED_IDLE=$(psql -c "SELECT count(*) FROM sms_inbound WHERE routed_at > to_timestamp($MS1/1000.0)")
sleep 2
OUTCOMES=$(psql -c "SELECT string_agg(outcome || ' ' || n, ', ' ORDER BY n DESC) FROM (SELECT coalesce(outcome, 'unrouted') outcome, count(*) n FROM sms_inbound GROUP BY 1) s")
OUTBOX_TO_STRANGERS=$(psql -c "SELECT count(*) FROM sms_outbox WHERE to_number LIKE '+1415666%'")

# ---------------------------------------------------------------- the probe's answers, from the emulator's outbox
cat > "$RUN_DIR/probe.py" <<'PY'
import http.client, json, math, sys, urllib.parse
from datetime import datetime
admin, out, name = sys.argv[1], sys.argv[2], sys.argv[3]
u = urllib.parse.urlparse(admin); c = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
c.request("GET", "/dev/outbox"); box = json.loads(c.getresponse().read())
json.dump(box, open(f"{out}/outbox-{name}.json", "w"))
def at(m): return datetime.fromisoformat(m["at"].replace("Z", "+00:00")).timestamp() * 1000
sent = [l.rstrip("\n").split("\t") for l in open(f"{out}/probe-sent-{name}.tsv")]
# per phone, its texts and the replies to it after its first text, in order: routing and sending are
# first in, first out, so the i-th reply answers the i-th text (the tag, when the reply repeats it, checks it)
lat, unanswered, non200, tag_agrees = [], 0, 0, 0
for phone in sorted({s[1] for s in sent}):
    mine = [s for s in sent if s[1] == phone]
    first = float(mine[0][3])
    replies = sorted((m for m in box if m.get("to") == phone and at(m) >= first - 5), key=at)
    for i, (k, _, tag, ms, status, post_ms) in enumerate(mine):
        if status != "200": non200 += 1
        if i >= len(replies): unanswered += 1; continue
        if tag in replies[i]["body"]: tag_agrees += 1
        lat.append(at(replies[i]) - float(ms))
lat.sort()
def p(q): return lat[max(0, min(len(lat), math.ceil(q / 100 * len(lat))) - 1)] if lat else float("nan")
example = next((m["body"] for m in box if m.get("to") in {s[1] for s in sent} and "probe" in m["body"]), "")
print(f"PROBE sent={len(sent)} answered={len(lat)} unanswered={unanswered} tag_agrees={tag_agrees} non200={non200}"
      f" p50={p(50):.0f} p95={p(95):.0f} p99={p(99):.0f} max={lat[-1] if lat else float('nan'):.0f} example={json.dumps(example[:80])}")
PY
PROBE=$(python3 "$RUN_DIR/probe.py" "$ADMIN" "$RUN_DIR" load)
log "$PROBE"

# ---------------------------------------------------------------- phase 2: the most it takes (closed loop)
log "phase 2: $SENDERS senders in a closed loop, 10 s more warm-up, $SATURATE s measured (load $(loadavg))"
java -cp "$RUN_DIR/classes" org.tdah.assistant.bench.SmsInboundBench --port "$APP_PORT" --public-base "$BASE" \
    --senders "$SENDERS" --warmup-s 10 --measure-s "$SATURATE" --pids "$DEV_PID,$PG_PID" \
    > "$RUN_DIR/load-saturated.txt" 2> "$RUN_DIR/load-saturated.log"
SATURATED=$(grep '^RESULT' "$RUN_DIR/load-saturated.txt")
log "$SATURATED"
sv() { echo "$SATURATED" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
DRAIN_S2=0
while [ "$(psql -c "SELECT count(*) FROM sms_inbound WHERE routed_at IS NULL")" -gt 0 ] && [ "$DRAIN_S2" -lt "$DRAIN_MAX" ]; do
  sleep 1; DRAIN_S2=$((DRAIN_S2 + 1))
done

# ---------------------------------------------------------------- park what still waits; the probe alone
# the load's strangers' texts still waiting are dropped (a lease a day ahead would hold up their senders, and
# nothing else); the probe's own still waiting are left to the router
PARKED=$(psql -c "WITH p AS (DELETE FROM sms_inbound WHERE routed_at IS NULL AND from_number LIKE '+1415666%' RETURNING 1) SELECT count(*) FROM p")
for _ in $(seq 1 30); do [ "$(psql -c "SELECT count(*) FROM sms_inbound WHERE routed_at IS NULL")" -eq 0 ] && break; sleep 1; done
log "dropped $PARKED strangers' texts still waiting; the probe alone, no load"
java -cp "$RUN_DIR/classes" org.tdah.assistant.bench.SmsInboundBench --port "$APP_PORT" --public-base "$BASE" \
    --senders 0 --warmup-s 1 --measure-s 17 --probe-phones "$PROBE_PHONES" \
    --probe-file "$RUN_DIR/probe-sent-alone.tsv" > "$RUN_DIR/load-alone.txt" 2> "$RUN_DIR/load-alone.log"
sleep 3
PROBE_ALONE=$(python3 "$RUN_DIR/probe.py" "$ADMIN" "$RUN_DIR" alone)
log "alone: $PROBE_ALONE"

# ---------------------------------------------------------------- pgbench: the same writes, same database, app idle
PGB_LINES=()
if [ -n "$PGBENCH" ]; then
  psql -c "DROP TABLE IF EXISTS bench_sms_inbound, bench_sms_channel_logs;
           CREATE TABLE bench_sms_inbound (LIKE sms_inbound INCLUDING ALL);
           CREATE TABLE bench_sms_channel_logs (LIKE sms_channel_logs INCLUDING ALL);
           INSERT INTO bench_sms_inbound SELECT * FROM sms_inbound;
           INSERT INTO bench_sms_channel_logs (at, direction, method, url, status, request, response, duration_nanos, message_sid, error)
             SELECT at, direction, method, url, status, request, response, duration_nanos, message_sid, error FROM sms_channel_logs;
" >/dev/null
  psql -c "VACUUM ANALYZE bench_sms_inbound" -c "VACUUM ANALYZE bench_sms_channel_logs" -c "CHECKPOINT" >/dev/null
  for clients in $PGBENCH_CLIENTS; do
    log "pgbench: $clients clients, $MEASURE s (load $(loadavg))"
    "$PGBENCH" -n -M prepared -c "$clients" -j 2 -T "$MEASURE" -f "$ROOT/bench/pgbench-sms-inbound.sql" "$PGURL" \
        > "$RUN_DIR/pgbench-$clients.txt" 2>&1 || true
    tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$RUN_DIR/pgbench-$clients.txt" | head -1)
    avg=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$RUN_DIR/pgbench-$clients.txt" | head -1)
    failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$RUN_DIR/pgbench-$clients.txt" | head -1)
    PGB_LINES+=("$clients ${tps:-0} ${avg:-?} ${failed:-?} $(loadavg | tr ' ' '/')")
  done
fi

# ---------------------------------------------------------------- report
kv() { echo "$RESULT" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
pv() { echo "$PROBE" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
TICK=$(getconf CLK_TCK)
PG_CORES=$(awk -v a="$PG_CPU0" -v b="$PG_CPU1" -v t="$TICK" -v s="$MEASURE" 'BEGIN{printf "%.2f", (b-a)/t/s}')
RATE_AT_TARGET=$(kv rate); SAT_RATE=$(sv rate)
say "# SMS inbound webhooks $(date -u +%Y-%m-%dT%H:%M:%SZ): $SENDERS senders at $RATE a second (open loop), warm-up $WARMUP s, measured $MEASURE s; then closed loop $SATURATE s"
say "server: assistant-dev.jar dev, $("$SERVER_JAVA" -version 2>&1 | head -1) $SERVER_JAVA_OPTS; SMS_PACE=$SMS_PACE; pool maxPoolSize 8; profile: $PROFILE"
say "machine: waited $waited s for quiet; at start still running: ${BUSY_AT_START:-nothing}; load at the measured start $LOAD_START, at its end $(kv load_end | tr '/' ' ')"
say "phase 1, offered $(kv offered_rate)/s: $(kv ok) answered 200 in $MEASURE s = $RATE_AT_TARGET/s; errors (non-200 or I/O) $(kv errors) $(kv error_kinds); latency ms p50 $(kv p50) p95 $(kv p95) p99 $(kv p99) p99.9 $(kv p999) max $(kv max) mean $(kv mean)"
say "cores over the measured phase (of 2): dev JVM $(kv cpu_cores | cut -d, -f1), postmaster's children $PG_CORES, generator $(kv cpu_cores | cut -d, -f3), whole machine $(kv machine_busy_cores)"
say "router: texts waiting at the measured start $WAITING_START, at its end $WAITING_END; in the measured phase $RECEIVED_IN_PHASE received, $ROUTED_IN_PHASE routed ($(awk -v n="$ROUTED_IN_PHASE" -v s="$MEASURE" 'BEGIN{printf "%.0f", n/s}')/s); after it, no load: $ROUTED_IDLE routed in $DRAIN_S s, then $PARKED strangers' texts dropped; outcomes: $OUTCOMES; texts queued to the $SENDERS strangers: $OUTBOX_TO_STRANGERS"
say "probe: $(pv sent) texts (one a second, from $PROBES verified phones in turn), answered $(pv answered), unanswered $(pv unanswered), POST not 200 $(pv non200); POST to reply at the emulator ms: p50 $(pv p50) p95 $(pv p95) p99 $(pv p99) max $(pv max); reply e.g. $(pv example)"
pa() { echo "$PROBE_ALONE" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
say "probe alone (after the load, strangers' backlog dropped, no load): $(pa sent) texts, answered $(pa answered), unanswered $(pa unanswered); ms p50 $(pa p50) p95 $(pa p95) p99 $(pa p99) max $(pa max)"
say "phase 2, closed loop: $(sv ok) answered 200 in $SATURATE s = $SAT_RATE/s; errors $(sv errors) $(sv error_kinds); latency ms p50 $(sv p50) p95 $(sv p95) p99 $(sv p99) max $(sv max); cores: dev JVM $(sv cpu_cores | cut -d, -f1), generator $(sv cpu_cores | cut -d, -f3), whole machine $(sv machine_busy_cores); router drained for $DRAIN_S2 s after it"
for line in "${PGB_LINES[@]}"; do
  read -r c tps avg failed ld <<< "$line"
  say "pgbench -n -M prepared -c $c -j 2 -T $MEASURE -f bench/pgbench-sms-inbound.sql: $tps webhooks/s (latency average $avg ms, failed $failed, load after $ld); closed loop / pgbench = x$(awk -v a="$SAT_RATE" -v b="$tps" 'BEGIN{ if (b>0) printf "%.3f", a/b; else print "n/a"}')"
done
[ -z "$PGBENCH" ] && say "pgbench: not found on this machine"
P64=$(for line in "${PGB_LINES[@]}"; do set -- $line; if [ "$1" = 64 ]; then echo "$2"; fi; done)
say "targets: rate >= 1000/s: $(awk -v r="$RATE_AT_TARGET" 'BEGIN{print (r>=1000)?"MET":"MISSED"}') at the offered rate, $(awk -v r="$SAT_RATE" 'BEGIN{print (r>=1000)?"MET":"MISSED"}') closed loop; p99 < 25 ms: $(awk -v p="$(kv p99)" 'BEGIN{print (p<25)?"MET":"MISSED"}'); errors 0: $([ "$(kv errors)" = 0 ] && echo MET || echo MISSED); >= half of pgbench (64 clients): $(awk -v a="$SAT_RATE" -v b="${P64:-0}" 'BEGIN{ if (b>0) print (a/b>=0.5)?"MET":"MISSED"; else print "n/a"}'); probe p99 < 1000 ms: $(awk -v p="$(pv p99)" -v u="$(pv unanswered)" 'BEGIN{print (p<1000 && u==0)?"MET":"MISSED"}')"
[ "$PROFILE" = 1 ] && say "profile: $RUN_DIR/profile-load.txt"
say "raw: $RUN_DIR"
