# Shared by the bench scripts that start `dev`: source it, then `await_dev_healthy PID ADMIN_URL LOG`
# waits (at most 3 minutes) until dev's admin healthcheck answers, and stops the script with dev's
# last log lines when dev exits first or never becomes healthy.
await_dev_healthy() {
  local pid=$1 admin=$2 log=$3
  for _ in $(seq 1 900); do
    kill -0 "$pid" 2>/dev/null || { echo "dev exited early" >&2; tail -30 "$log" >&2; exit 1; }
    curl -sf -o /dev/null "$admin/healthcheck" && return 0
    sleep 0.2
  done
  echo "dev not healthy" >&2
  exit 1
}
