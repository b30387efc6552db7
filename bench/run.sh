#!/usr/bin/env bash
# Load benchmark of the accounts API against `dev`: token refresh (with rotation), GET /users/me,
# and login at bcrypt cost 12, at 32 concurrent clients. Compare with ../shared/bench/keycloak-peer.sh,
# run in the same session one after the other (never both at once: 2 cores). docs/performance.md
# has the figures and how to read them.
#
# Usage:  bash bench/run.sh            (from the repository root; builds the jars when needed)
# Knobs (env): DUR=20s CONC=32 WARMUP=10s REPEAT=2 SCENARIOS="refresh me login"
#              GENERATORS="java socket"  our generators for every scenario: java.net.http, and plain
#                               keep-alive sockets (about hey's CPU cost, as the peer's generator)
#              HEY=1            also measure `me` with hey, exactly as the peer measures userinfo
#              PROFILE=0        1: after the measured runs of each scenario, one more warm-up and run under
#                               JFR (execution samples only), summarized by JfrTop (not in the table)
#              BCRYPT_COST=12   RATE_LIMIT_SCALE=100000 (so that registering the bench users is allowed)
#              SERVER_JAVA=java (the JVM of dev)   SERVER_JAVA_OPTS=""
#              BENCH_JAVA=java  (the JVM of the harness)   BENCH_JAVA_OPTS=""
#              KC_RESULTS=      a keycloak-results.txt of the same session, or the peer script's log: prints our ratios against it
#              WORK=/tmp/assistant-bench  (scratch: a fresh dev data dir per run, logs, raw output)
#              OUT=$WORK/results.txt
#              REBUILD=0        1: rebuild even when the jars look current
#              APP_JAR=dev/target/assistant-dev.jar  another dev jar (a saved build, to compare two side by side)
#              SCENARIOS may name me-cold (first, or alone: SCENARIOS=me-cold): the protocol of a newcomer's load on a
#                               fresh dev: GET /users/me with hey before anything else, windows of COLD_WINDOW (10s)
#                               from the first request: COLD_WARMUP (60s) of them, then the measured hey run of DUR,
#                               then windows again up to COLD_TOTAL (300s): the warm-up curve, the ratio of the
#                               measured run to Keycloak's userinfo (KC_RESULTS) and the rate at 60 s against the
#                               steady rate (the mean of the last 60 s of windows) (docs/performance.md, "Cold start")
#              SCENARIOS may also name messages and search (bench/conversations.sh runs just these): then dev is
#                               seeded first (bench/seed-conversations.sh: 10,000 users, 1,000,000 messages),
#                               and each measured run of the API alternates with one run of pgbench driving the
#                               same SQL straight at dev's PostgreSQL (bench/pgbench-<scenario>.sql, -M prepared,
#                               CONC clients, -j 2, DUR): the API's rate as a ratio of the bare queries'
#              PGBENCH=pgbench  PGBENCH_WARMUP=20s (one discarded pgbench run per scenario before the measured ones)
#              UNGUARDED=0      1 (with SCENARIOS="" for only this): also start a second dev with ASSISTANT_ENFORCE_PERMISSIONS=false (no permission
#                               check, no decision record) and alternate every `me` run between the two: the
#                               overhead of the check plus its audit record, side by side (docs/performance.md)
# Ports: two free ones on 127.0.0.1 are picked. dev is stopped with SIGTERM on exit, and the script
# then checks that neither it nor its embedded PostgreSQL and Redis is left running.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DUR=${DUR:-20s}
CONC=${CONC:-32}
WARMUP=${WARMUP:-10s}
REPEAT=${REPEAT:-2}
SCENARIOS=${SCENARIOS-refresh me login}
GENERATORS=${GENERATORS:-java socket}
HEY=${HEY:-1}
PROFILE=${PROFILE:-0}
BCRYPT_COST=${BCRYPT_COST:-12}
RATE_LIMIT_SCALE=${RATE_LIMIT_SCALE:-100000}
SERVER_JAVA=${SERVER_JAVA:-java}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-}
BENCH_JAVA=${BENCH_JAVA:-java}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}
KC_RESULTS=${KC_RESULTS:-}
WORK=${WORK:-/tmp/assistant-bench}
OUT=${OUT:-$WORK/results.txt}
REBUILD=${REBUILD:-0}
UNGUARDED=${UNGUARDED:-0}
PGBENCH=${PGBENCH:-pgbench}
PGBENCH_WARMUP=${PGBENCH_WARMUP:-20s}
COLD_WINDOW=${COLD_WINDOW:-10s}
COLD_WARMUP=${COLD_WARMUP:-60s}
COLD_TOTAL=${COLD_TOTAL:-300s}
TICK=$(getconf CLK_TCK)

APP_JAR=${APP_JAR:-$ROOT/dev/target/assistant-dev.jar}
BENCH_JAR="$ROOT/bench/target/bench.jar"

log() { echo "[$(date +%T)] $*" >&2; }
say() { echo "$*" | tee -a "$OUT"; }

# ---------------------------------------------------------------- 0. build, tools
cd "$ROOT"
stale() { # jar paths...: is the jar missing, or older than one of the poms or main sources given?
  local jar=$1; shift
  [ ! -f "$jar" ] && return 0
  [ -n "$(find "$@" -newer "$jar" -type f -print -quit 2>/dev/null)" ]
}
APP_SOURCES=(pom.xml); for m in $(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' pom.xml); do
  [ "$m" = bench ] || APP_SOURCES+=("$m/pom.xml" "$m/src/main"); done
DEFAULT_APP_JAR="$ROOT/dev/target/assistant-dev.jar"
if [ "$REBUILD" = 1 ] || { [ "$APP_JAR" = "$DEFAULT_APP_JAR" ] && stale "$APP_JAR" "${APP_SOURCES[@]}"; } \
    || stale "$BENCH_JAR" bench/pom.xml bench/src/main; then
  log "building: mvn -B -q -DskipTests package"
  mvn -B -q -DskipTests package
fi
if [ "$HEY" = 1 ] && ! command -v hey >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "hey is missing: apt-get install -y hey"
    apt-get install -y -qq hey >/dev/null
  else
    echo "hey is missing: apt-get install -y hey (or HEY=0)" >&2; exit 1
  fi
fi

mkdir -p "$WORK"
DATA=$(mktemp -d "$WORK/data.XXXXXX")
RUN_DIR="${DATA/data./run.}"; mkdir -p "$RUN_DIR"
DEV_LOG="$RUN_DIR/dev.log"
SUMMARY="$RUN_DIR/summary.jsonl"
: > "$OUT"

free_port() {
  local p
  for p in $(shuf -i 20000-40000 -n 200); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && [ "$p" != "${1:-}" ]; then echo "$p"; return; fi
  done
  echo "no free port found" >&2; return 1
}
APP_PORT=$(free_port)
ADMIN_PORT=$(free_port "$APP_PORT")
BASE="http://127.0.0.1:$APP_PORT"

# ---------------------------------------------------------------- 1. start dev
DEV_PID=""
PM_PID=""
OURS=()   # every process of ours seen running: dev, its children, the postmaster and its children
collect_ours() {
  local p
  [ -n "$DEV_PID" ] && OURS+=("$DEV_PID")
  for p in $(ps -o pid= --ppid "$DEV_PID" 2>/dev/null); do OURS+=("$p"); done
  if [ -n "$PM_PID" ]; then
    OURS+=("$PM_PID")
    for p in $(ps -o pid= --ppid "$PM_PID" 2>/dev/null); do OURS+=("$p"); done
  fi
}
stop_dev() {
  local rc=$? left=() p
  if [ -n "$DEV_PID" ] && kill -0 "$DEV_PID" 2>/dev/null; then
    collect_ours
    log "stopping dev (pid $DEV_PID) with SIGTERM"
    kill -TERM "$DEV_PID" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$DEV_PID" 2>/dev/null || break; sleep 0.5; done
  fi
  if [ -n "${DEV2_PID:-}" ] && kill -0 "$DEV2_PID" 2>/dev/null; then
    log "stopping the unguarded dev (pid $DEV2_PID) with SIGTERM"
    kill -TERM "$DEV2_PID" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$DEV2_PID" 2>/dev/null || break; sleep 0.5; done
  fi
  for _ in $(seq 1 20); do  # the embedded servers may take a moment after the JVM
    left=()
    for p in "${OURS[@]}"; do kill -0 "$p" 2>/dev/null && left+=("$p"); done
    [ ${#left[@]} = 0 ] && break
    sleep 0.5
  done
  if [ ${#left[@]} -gt 0 ]; then
    echo "LEFT RUNNING after SIGTERM: $(ps -o pid=,args= -p "$(IFS=,; echo "${left[*]}")" | cut -c1-150)" | tee -a "$OUT" >&2
    kill -TERM "${left[@]}" 2>/dev/null || true
    rc=1
  elif [ ${#OURS[@]} -gt 0 ]; then
    local busy=""
    for p in "$APP_PORT" "$ADMIN_PORT"; do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && busy+=" $p"; done
    if [ -n "$busy" ]; then echo "port(s)$busy still answer after the stop" | tee -a "$OUT" >&2; rc=1
    else log "clean stop: none of ${#OURS[@]} processes (dev, PostgreSQL, Redis) left, ports free"; fi
  fi
  exit $rc
}
trap stop_dev EXIT

log "starting dev on $BASE (admin $ADMIN_PORT), data $DATA, $("$SERVER_JAVA" -version 2>&1 | head -1)"
T_START=$(date +%s.%N)
env APP_PORT="$APP_PORT" ADMIN_PORT="$ADMIN_PORT" ASSISTANT_DATA_DIR="$DATA" BCRYPT_COST="$BCRYPT_COST" \
    RATE_LIMIT_SCALE="$RATE_LIMIT_SCALE" "$SERVER_JAVA" $SERVER_JAVA_OPTS -jar "$APP_JAR" dev > "$DEV_LOG" 2>&1 &
DEV_PID=$!
READY=0
for _ in $(seq 1 900); do
  if ! kill -0 "$DEV_PID" 2>/dev/null; then echo "dev exited early; see $DEV_LOG" >&2; tail -30 "$DEV_LOG" >&2; exit 1; fi
  if curl -sf -o /dev/null "http://127.0.0.1:$ADMIN_PORT/healthcheck"; then READY=1; break; fi
  sleep 0.2
done
[ "$READY" = 1 ] || { echo "dev not healthy after 180 s; see $DEV_LOG" >&2; exit 1; }
STARTUP_S=$(awk -v a="$T_START" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
PM_PID=$(head -1 "$DATA/postgres/postmaster.pid" 2>/dev/null || true)
collect_ours
rss_mb() { echo $(( $(ps -o rss= -p "$DEV_PID") / 1024 )); }
RSS_IDLE_MB=$(rss_mb)
log "healthy after ${STARTUP_S}s (dev pid $DEV_PID, embedded postmaster pid ${PM_PID:-?})"

DEV2_PID=""; PM2_PID=""; BASE2=""
if [ "$UNGUARDED" = 1 ]; then
  APP2_PORT=$(free_port "$ADMIN_PORT"); ADMIN2_PORT=$(free_port "$APP2_PORT")
  BASE2="http://127.0.0.1:$APP2_PORT"
  DATA2=$(mktemp -d "$WORK/data.XXXXXX")
  log "starting the unguarded dev (ASSISTANT_ENFORCE_PERMISSIONS=false) on $BASE2, data $DATA2"
  env APP_PORT="$APP2_PORT" ADMIN_PORT="$ADMIN2_PORT" ASSISTANT_DATA_DIR="$DATA2" BCRYPT_COST="$BCRYPT_COST" \
      RATE_LIMIT_SCALE="$RATE_LIMIT_SCALE" ASSISTANT_ENFORCE_PERMISSIONS=false \
      "$SERVER_JAVA" $SERVER_JAVA_OPTS -jar "$APP_JAR" dev > "$RUN_DIR/dev-unguarded.log" 2>&1 &
  DEV2_PID=$!
  READY=0
  for _ in $(seq 1 900); do
    kill -0 "$DEV2_PID" 2>/dev/null || { echo "unguarded dev exited early" >&2; tail -30 "$RUN_DIR/dev-unguarded.log" >&2; exit 1; }
    if curl -sf -o /dev/null "http://127.0.0.1:$ADMIN2_PORT/healthcheck"; then READY=1; break; fi
    sleep 0.2
  done
  [ "$READY" = 1 ] || { echo "unguarded dev not healthy after 180 s" >&2; exit 1; }
  PM2_PID=$(head -1 "$DATA2/postgres/postmaster.pid" 2>/dev/null || true)
  OURS+=("$DEV2_PID"); [ -n "$PM2_PID" ] && OURS+=("$PM2_PID")
  for p in $(ps -o pid= --ppid "$DEV2_PID" 2>/dev/null) $( [ -n "$PM2_PID" ] && ps -o pid= --ppid "$PM2_PID" 2>/dev/null); do
    OURS+=("$p"); done
  log "unguarded dev healthy (pid $DEV2_PID)"
fi

PGURL=""; SEEDED_TSV=""
if [[ " $SCENARIOS " == *" messages "* || " $SCENARIOS " == *" search "* ]]; then
  PG_PORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
  PGURL="postgresql://postgres@127.0.0.1:$PG_PORT/assistant"
  SEEDED_TSV="$RUN_DIR/seeded.tsv"
  T_SEED=$(date +%s)
  bash "$ROOT/bench/seed-conversations.sh" "$BASE" "$PGURL" "$SEEDED_TSV"
  SEED_S=$(( $(date +%s) - T_SEED ))
  log "dev's PostgreSQL for pgbench: $PGURL"
fi
seconds() { awk -v d="$1" 'BEGIN{ if (d ~ /ms$/) printf "%d", d/1000; else if (d ~ /m$/) printf "%d", d*60; else printf "%d", d+0 }'; }
# pgbench over the bench script of a scenario; prints a table row as the harness does (latencies from
# pgbench's per-transaction log: its third field is the latency in microseconds)
pgbench_run() { # scenario phase duration
  local sc=$1 phase=$2 secs prefix out tps n
  secs=$(seconds "$3"); prefix="$RUN_DIR/raw/pgbench-$sc-$phase"; mkdir -p "$RUN_DIR/raw"
  out=$("$PGBENCH" -n -M prepared -c "$CONC" -j 2 -T "$secs" -D users="$(wc -l < "$SEEDED_TSV")" -f "$ROOT/bench/pgbench-$sc.sql" -l --log-prefix="$prefix" "$PGURL" 2>&1) \
    || { echo "$out" >&2; return 1; }
  echo "$out" > "$prefix.txt"
  tps=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p')
  n=$(echo "$out" | sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p')
  cat "$prefix".[0-9]* | awk '{print $3}' | sort -n | awk -v sc="$sc" -v ph="$phase" -v tps="$tps" -v n="$n" '
    { v[NR]=$1 }
    END { q50=v[int(NR*0.50)+1]; q90=v[int(NR*0.90)+1]; q99=v[int(NR*0.99)+1]; mx=v[NR]
          printf "| %-8s | %-22s | %-6s | %9.1f | %8.2f | %8.2f | %8.2f | %8.2f | %9d | %6d |\n", sc, "pgbench -M prepared", ph, tps, q50/1000, q90/1000, q99/1000, mx/1000, n, 0 }'
  rm -f "$prefix".[0-9]*
}

JCMD="$(dirname "$(readlink -f "$(command -v "$SERVER_JAVA")")")/jcmd"
if [ "$PROFILE" = 1 ]; then
  # The first JFR recording a JVM starts deoptimizes compiled code; on JDK 17 and 2 cores the refresh
  # rate then stays 2-3x lower for a minute or more. Pay that once now, with an empty recording,
  # before any load (measured: refresh 384-482 req/s, then 148-190 under a first recording, then
  # 401-426 under a second one).
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<configuration version="2.0" label="empty"/>\n' > "$RUN_DIR/empty.jfc"
  "$JCMD" "$DEV_PID" JFR.start name=prime settings="$RUN_DIR/empty.jfc" >/dev/null
  "$JCMD" "$DEV_PID" JFR.stop name=prime >/dev/null
  log "JFR initialized in dev with an empty recording (PROFILE=1)"
fi

# ---------------------------------------------------------------- 2. measure
STATUS=0
H_BASE="$BASE"; H_PIDS="$DEV_PID${PM_PID:+,$PM_PID}"
harness() { # extra args...; the harness's report goes to the run log and to stdout
  "$BENCH_JAVA" $BENCH_JAVA_OPTS -jar "$BENCH_JAR" --base "$H_BASE" --clients "$CONC" --duration "$DUR" \
      --server-pids "$H_PIDS" --clock-ticks "$TICK" --raw-dir "$RUN_DIR/raw" --jcmd "$JCMD" "$@" \
      2> >(tee -a "$RUN_DIR/harness.log" >&2) | tee -a "$RUN_DIR/harness.log"
}
COLD=""
if [[ " $SCENARIOS " == *" me-cold "* ]]; then
  # Nothing has run against this dev yet: GET /users/me is the first endpoint it serves. The windows are
  # hey runs one after the other (each with a fresh login, as the peer script does, a few ms apart).
  COLD="$RUN_DIR/cold.jsonl"; : > "$COLD"
  w=$(seconds "$COLD_WINDOW"); warm_n=$(( $(seconds "$COLD_WARMUP") / w ))
  late_n=$(( ($(seconds "$COLD_TOTAL") - $(seconds "$COLD_WARMUP") - $(seconds "$DUR")) / w ))
  COLD_FROM_HEALTHY=$(awk -v a="$T_START" -v b="$(date +%s.%N)" -v s="$STARTUP_S" 'BEGIN{printf "%.1f", b-a-s}')
  log "me-cold: $warm_n windows of $COLD_WINDOW, the measured run of $DUR, then $late_n windows of $COLD_WINDOW"
  harness --scenario me --generator hey --warmup 0s --duration "$COLD_WINDOW" --runs "$warm_n" --phase-prefix cold \
      --summary-file "$COLD" | grep -v '^SUMMARY' >&2 || STATUS=1
  harness --scenario me --generator hey --warmup 0s --duration "$DUR" --runs 1 --phase-prefix measured \
      --summary-file "$COLD" | grep -v '^SUMMARY' >&2 || STATUS=1
  [ "$late_n" -gt 0 ] && { harness --scenario me --generator hey --warmup 0s --duration "$COLD_WINDOW" --runs "$late_n" \
      --phase-prefix late --summary-file "$COLD" | grep -v '^SUMMARY' >&2 || STATUS=1; }
  SCENARIOS=$(echo " $SCENARIOS " | sed 's/ me-cold / /')
fi
if [ "$UNGUARDED" = 1 ]; then
  # The permission check's overhead: `me` against both devs, each warmed up once, then one run each in turn,
  # REPEAT times, so that both see the same machine noise. Phases are named guarded<i> and unguarded<i>.
  for gen in $GENERATORS; do
    for side in guarded unguarded; do
      if [ "$side" = guarded ]; then H_BASE="$BASE"; H_PIDS="$DEV_PID${PM_PID:+,$PM_PID}"
      else H_BASE="$BASE2"; H_PIDS="$DEV2_PID${PM2_PID:+,$PM2_PID}"; fi
      log "overhead: warm-up of $side ($gen, $WARMUP, then a discarded run of $DUR)"
      harness --scenario me --generator "$gen" --warmup "$WARMUP" --runs 1 --phase-prefix "warm-$side" >/dev/null || STATUS=1
    done
    for i in $(seq 1 "$REPEAT"); do
      for side in guarded unguarded; do
        if [ "$side" = guarded ]; then H_BASE="$BASE"; H_PIDS="$DEV_PID${PM_PID:+,$PM_PID}"
        else H_BASE="$BASE2"; H_PIDS="$DEV2_PID${PM2_PID:+,$PM2_PID}"; fi
        log "overhead: $side run $i ($gen)"
        harness --scenario me --generator "$gen" --warmup 1s --runs 1 --phase-prefix "$side$i-" --summary-file "$SUMMARY" \
            | grep -v '^SUMMARY' >&2 || STATUS=1
      done
    done
  done
  H_BASE="$BASE"; H_PIDS="$DEV_PID${PM_PID:+,$PM_PID}"
fi
for sc in $SCENARIOS; do
  gens="$GENERATORS"; [ "$sc" = me ] && [ "$HEY" = 1 ] && gens="$gens hey"
  EXTRA=()
  if [ "$sc" = messages ] || [ "$sc" = search ]; then
    # the API and pgbench side by side: each warmed up once, then one run of each in turn, REPEAT times
    EXTRA=(--seeded "$SEEDED_TSV")
    for gen in $gens; do
      log "scenario $sc, generator $gen: warm-up $WARMUP and one discarded run of $DUR"
      harness --scenario "$sc" --generator "$gen" --warmup "$WARMUP" --runs 1 --phase-prefix warm "${EXTRA[@]}" >/dev/null || STATUS=1
    done
    log "scenario $sc, pgbench: one discarded run of $PGBENCH_WARMUP"
    pgbench_run "$sc" warm "$PGBENCH_WARMUP" >/dev/null || STATUS=1
    for i in $(seq 1 "$REPEAT"); do
      for gen in $gens; do
        log "scenario $sc, generator $gen: run $i of $DUR"
        harness --scenario "$sc" --generator "$gen" --warmup 5s --runs 1 --phase-prefix "run$i-" --summary-file "$SUMMARY" \
            "${EXTRA[@]}" | grep -v '^SUMMARY' >&2 || { STATUS=1; log "scenario $sc ($gen) FAILED (see $RUN_DIR/harness.log)"; }
      done
      log "scenario $sc, pgbench: run $i of $DUR"
      pgbench_run "$sc" "pgb$i" "$DUR" | tee -a "$RUN_DIR/harness.log" >&2 || STATUS=1
    done
  else
  for gen in $gens; do
    log "scenario $sc, generator $gen: warm-up $WARMUP, then $REPEAT x $DUR"
    if ! harness --scenario "$sc" --generator "$gen" --warmup "$WARMUP" --runs "$REPEAT" --summary-file "$SUMMARY" \
        | grep -v '^SUMMARY' >&2; then
      STATUS=1; log "scenario $sc ($gen) FAILED: errors, or the harness stopped (see $RUN_DIR/harness.log)"
    fi
  done
  fi
  if [ "$PROFILE" = 1 ]; then
    JFR="$RUN_DIR/$sc.jfr"
    log "profiling $sc: JFR (execution samples only) over a warm-up of $WARMUP and one more run of $DUR -> $JFR"
    harness --scenario "$sc" --warmup "$WARMUP" --runs 1 --phase-prefix profiled --jfr "$JFR" "${EXTRA[@]}" | grep -v '^SUMMARY' >&2 || true
    cp "$JFR.txt" "$RUN_DIR/profile-$sc.txt"
    log "profile of $sc (samples of the measured run only): $RUN_DIR/profile-$sc.txt"
  fi
done
RSS_AFTER_MB=$(rss_mb)

# ---------------------------------------------------------------- 3. report
# The peer's rows of a scenario, from its results file or from its log (whose lines start with "[hh:mm:ss] "):
# the log has them even when the peer script stopped before writing its results (its raw-bcrypt step needs Python's bcrypt)
kc_rows() { sed -E 's/^\[[0-9:]+\] //' "$KC_RESULTS" | grep -E "^\| $1 +\| run[0-9]+ " || true; }
say "# assistant dev benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
say "machine: nproc=$(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -m | awk '/Mem:/{print $2}') MiB RAM, kernel $(uname -r)"
say "server: assistant-dev.jar dev (embedded PostgreSQL 17 + Redis 6.2, SMTP sink), $("$SERVER_JAVA" -version 2>&1 | head -1) ${SERVER_JAVA_OPTS}; BCRYPT_COST=$BCRYPT_COST"
say "harness: $("$BENCH_JAVA" -version 2>&1 | head -1) ${BENCH_JAVA_OPTS}; $CONC clients; warm-up $WARMUP (discarded), then $REPEAT runs of $DUR per scenario and generator"
say "start-up to healthy: ${STARTUP_S}s; RSS of dev's JVM: ${RSS_IDLE_MB} MiB idle after start, ${RSS_AFTER_MB} MiB after the runs"
say "columns: srv cores/ms per req = CPU of dev's JVM; tree cores = dev's JVM + embedded PostgreSQL + Redis; gen cores = the load generator's CPU"
say ""
say "| scenario | generator              | phase  |     req/s |   p50 ms |   p90 ms |   p99 ms |   max ms | responses | errors | srv cores | tree cores | srv ms/req | gen cores |      |"
say "|----------|------------------------|--------|-----------|----------|----------|----------|----------|-----------|--------|-----------|-----------|-----------|-----------|------|"
{ grep -E '^\| (refresh|me|login|messages|search) +\| .*\| (run|guarded|unguarded|pgb)[0-9-]+ ' "$RUN_DIR/harness.log" || true; } | while IFS= read -r row; do say "$row"; done
say ""
say "mean of the runs (req/s) and worst p99 (ms), by scenario and generator:"
MEANS=$(grep -E '^\| (refresh|me|login|messages|search) +\| .*\| (run|pgb)[0-9-]+ ' "$RUN_DIR/harness.log" | awk -F'|' '
  { k=$2"|"$3; gsub(/  +/," ",k); n[k]++; r[k]+=$5; if ($8+0>p[k]) p[k]=$8+0; if (!(k in o)) { o[k]=++m; key[m]=k } }
  END { for (i=1;i<=m;i++) { k=key[i]; printf "  %-40s %9.1f req/s   p99 <= %.2f ms   (%d runs)\n", k, r[k]/n[k], p[k], n[k] } }' || true)
say "$MEANS"

if [ -n "$COLD" ]; then
  say ""
  say "me-cold (hey -c $CONC on GET /users/me from the first request, $COLD_FROM_HEALTHY s after dev was healthy; windows of $COLD_WINDOW, the measured run of $DUR after $COLD_WARMUP):"
  say "| from s | to s | phase      |    req/s |   p99 ms |"
  say "|--------|------|------------|----------|----------|"
  jq -r '[.phase, .elapsedS, .rps, .p99Ms] | @tsv' "$COLD" | awk -F'\t' '
    { printf "| %6d | %4d | %-10s | %8.1f | %8.2f |\n", t, t+$2+0.5, $1, $3, $4; t+=$2 }' | while IFS= read -r row; do say "$row"; done
  read -r M_RPS M_P99 < <(jq -r 'select(.phase | startswith("measured")) | "\(.rps) \(.p99Ms)"' "$COLD")
  read -r STEADY AT60 < <(jq -rs --argjson last 60 '
    (map(select(.phase | startswith("cold"))) | last | .rps) as $at60
    | (map(.elapsedS) | add) as $total
    | [foreach .[] as $p (0; . + $p.elapsedS; {end: ., p: $p})] | map(select(.end > $total - $last) | .p.rps)
    | "\(add / length) \($at60)"' "$COLD")
  say "$(awk -v m="$M_RPS" -v p="$M_P99" -v st="$STEADY" -v a="$AT60" 'BEGIN{
    printf "  measured %.1f req/s, p99 %.2f ms; steady (last 60 s) %.1f req/s; the window ending at '"$COLD_WARMUP"' %.1f req/s = %.0f%% of steady (target >= 80%%)", m, p, st, a, 100*a/st }')"
  if [ -n "$KC_RESULTS" ] && [ -f "$KC_RESULTS" ]; then
    read -r KC_UI KC_UI_P99 < <(kc_rows userinfo | awk -F'|' '{s+=$4; if ($6+0>p) p=$6+0; n++} END{ if (n) printf "%.1f %.2f\n", s/n, p; else print "0 0"}')
    [ "$KC_UI" = 0 ] && say "  no userinfo rows in $KC_RESULTS: no ratio"
    [ "$KC_UI" = 0 ] || say "$(awk -v m="$M_RPS" -v p="$M_P99" -v k="$KC_UI" -v kp="$KC_UI_P99" 'BEGIN{
      printf "  against Keycloak userinfo %.1f req/s (worst p99 %.2f ms): x%.2f (target >= 1.2), p99 %.2f vs %.2f ms (target: under Keycloak'"'"'s)", k, kp, m/k, p, kp }')"
  fi
fi
if [ -n "$PGURL" ]; then
  say ""
  say "seeding (bench/seed-conversations.sh): ${SEED_S}s; the API against the same SQL straight at its PostgreSQL (pgbench -M prepared, $CONC clients, -j 2):"
  for sc in messages search; do
    [[ " $SCENARIOS " == *" $sc "* ]] || continue
    api=$(grep -E "^\| $sc +\| java-socket .*\| run[0-9]+-[0-9]+ " "$RUN_DIR/harness.log" | awk -F'|' '{r+=$5; n++; if ($8+0>p) p=$8+0} END{ if (n) printf "%.1f %.2f", r/n, p}' || true)
    [ -n "$api" ] || api=$(grep -E "^\| $sc +\| .*\| run[0-9]+-[0-9]+ " "$RUN_DIR/harness.log" | awk -F'|' '{r+=$5; n++; if ($8+0>p) p=$8+0} END{ if (n) printf "%.1f %.2f", r/n, p}' || true)
    pgb=$(grep -E "^\| $sc +\| pgbench .*\| pgb[0-9]+ " "$RUN_DIR/harness.log" | awk -F'|' '{r+=$5; n++; if ($8+0>p) p=$8+0} END{ if (n) printf "%.1f %.2f", r/n, p}' || true)
    [ -n "$api" ] && [ -n "$pgb" ] || continue
    if [ "$sc" = messages ]; then target="p99 < 25 ms at >= 1500 req/s"; else target="p99 < 60 ms at >= 600 req/s"; fi
    say "$(awk -v sc="$sc" -v a="$api" -v b="$pgb" -v t="$target" 'BEGIN{ split(a,x," "); split(b,y," ");
      printf "  %-8s API %8.1f req/s (worst p99 %.2f ms) | pgbench %8.1f tps (worst p99 %.2f ms) | ratio x%.2f (target >= 0.5; %s)", sc, x[1], x[2], y[1], y[2], x[1]/y[1], t }')"
  done
fi
if [ "$UNGUARDED" = 1 ]; then
  say ""
  say "permission check + audit record overhead on GET /users/me (guarded = enforcement and audit on, unguarded = off):"
  grep -E '^\| me +\| .*\| (guarded|unguarded)[0-9]+-' "$RUN_DIR/harness.log" | awk -F'|' '
    { side=$4; gsub(/ /,"",side); sub(/[0-9]+-.*/,"",side); g=$3; gsub(/^ +| +$/,"",g); k=g" "side
      n[k]++; r[k]+=$5; p50[k]+=$6; p99[k]+=$8; if (!(g in seen)) { seen[g]=1; gens[++m]=g } }
    END { for (i=1;i<=m;i++) { g=gens[i]; a=g" guarded"; b=g" unguarded"; if (!n[a]||!n[b]) continue
      printf "  %-18s guarded %8.1f req/s p50 %.2f p99 %.2f ms | unguarded %8.1f req/s p50 %.2f p99 %.2f ms | p99 +%.2f ms, throughput x%.3f\n",
        g, r[a]/n[a], p50[a]/n[a], p99[a]/n[a], r[b]/n[b], p50[b]/n[b], p99[b]/n[b], p99[a]/n[a]-p99[b]/n[b], (r[a]/n[a])/(r[b]/n[b]) } }' \
    | while IFS= read -r line; do say "$line"; done
fi
if [ -n "$KC_RESULTS" ] && [ -f "$KC_RESULTS" ]; then
  say ""
  say "against Keycloak ($KC_RESULTS):"
  kc_mean() { kc_rows "$1" | awk -F'|' '{s+=$4; n++} END{ if (n) printf "%.1f", s/n; else print "nan"}'; }
  ours() { echo "$MEANS" | awk -v k="$1" -v g="$2" 'index($0, k) && index($0, g) {print $(NF-7); exit}'; }
  worst() { echo "$MEANS" | awk -v k="$1" -v g="$2" 'index($0, k) && index($0, g) {print $(NF-3); exit}'; }
  KC_REFRESH=$(kc_mean refresh); KC_USERINFO=$(kc_mean userinfo)
  BCRYPT_RAW=$(grep -E '^Java 17.*bcrypt cost 12 verify' "$KC_RESULTS" | sed -E 's/.*2 threads ([0-9.]+)\/s.*/\1/' | head -1 || true)
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b>0) printf "%.2f", a/b; else print "n/a"}'; }
  R=$(ours " refresh " java-httpclient); RS=$(ours " refresh " java-socket)
  M=$(ours " me " hey); MJ=$(ours " me " java-httpclient); L=$(ours " login " java-httpclient)
  [ -n "$RS" ] && say "  refresh (rotation, socket) $RS req/s vs Keycloak refresh $KC_REFRESH: x$(ratio "$RS" "$KC_REFRESH") (target >= 1.2, p99 < 50 ms: worst $(worst " refresh " java-socket) ms)"
  [ -n "$R" ] && say "  refresh (rotation, java) $R req/s vs Keycloak refresh $KC_REFRESH: x$(ratio "$R" "$KC_REFRESH") (generator heavier than the peer's hey)"
  [ -n "$M" ] && say "  me (hey)                 $M req/s vs Keycloak userinfo $KC_USERINFO: x$(ratio "$M" "$KC_USERINFO") (target >= 1.2, p99 < 10 ms: worst $(worst " me " hey) ms)"
  MS=$(ours " me " java-socket)
  [ -n "$MS" ] && say "  me (socket)              $MS req/s vs Keycloak userinfo $KC_USERINFO: x$(ratio "$MS" "$KC_USERINFO") (generator about as cheap as hey)"
  [ -n "$MJ" ] && say "  me (java)                $MJ req/s vs Keycloak userinfo $KC_USERINFO: x$(ratio "$MJ" "$KC_USERINFO")"
  [ -n "$L" ] && say "  login (bcrypt 12)        $L req/s vs raw bcrypt-12 verify, Java 17, 2 threads, $BCRYPT_RAW/s: x$(ratio "$L" "$BCRYPT_RAW") (target >= 0.85)"
fi
say ""
say "raw: $RUN_DIR (harness.log, summary.jsonl, raw/ hey output, dev.log$([ "$PROFILE" = 1 ] && echo ', *.jfr, profile-*.txt'))"
exit $STATUS
