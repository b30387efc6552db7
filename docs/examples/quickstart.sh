#!/usr/bin/env bash
# The API in a few curl calls, against `dev` (java -jar dev/target/assistant-dev.jar dev):
# register, read the verification email in dev's outbox, verify, log in, create a task, list it,
# refresh the token. Needs curl and jq.
#
# Usage: bash docs/examples/quickstart.sh [BASE_URL] [ADMIN_URL]
#        (defaults http://localhost:8080 and http://localhost:8081, dev's ports)
set -euo pipefail
BASE=${1:-http://localhost:8080}
ADMIN=${2:-http://localhost:8081}
EMAIL="quickstart-$(date +%s)-$RANDOM@example.org"
PASSWORD="purple elephants dance quietly"
BODY=$(mktemp)
trap 'rm -f "$BODY"' EXIT

# call METHOD URL EXPECTED_STATUS [JSON_BODY] [ACCESS_TOKEN]: prints the response body; stops the
# script with the status and body when the status is not the expected one.
call() {
  local method=$1 url=$2 expected=$3 data=${4:-} token=${5:-} status
  local args=(-sS -o "$BODY" -w '%{http_code}' -X "$method" -H 'Accept: application/json')
  [ -n "$data" ] && args+=(-H 'Content-Type: application/json' --data "$data")
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  status=$(curl "${args[@]}" "$url")
  if [ "$status" != "$expected" ]; then
    echo "$method $url: expected $expected, got $status: $(cat "$BODY")" >&2
    exit 1
  fi
  cat "$BODY"
}

# 1. Register: 201 with the account; a verification email goes out.
call POST "$BASE/api/v1/auth/register" 201 \
  "$(jq -n --arg email "$EMAIL" --arg password "$PASSWORD" '{email: $email, password: $password, displayName: "Quick Start"}')" \
  | jq -e --arg email "$EMAIL" '.email == $email' > /dev/null
echo "registered $EMAIL"

# 2. dev keeps every email and text it sends in GET :8081/dev/outbox; the email links
#    .../verify-email?token=... (in production the person clicks it).
TOKEN=
for _ in $(seq 1 100); do
  TOKEN=$(call GET "$ADMIN/dev/outbox" 200 | jq -r --arg email "$EMAIL" \
    '[.[] | select(.channel == "email" and (.to | contains($email)) and .subject == "Confirm your email address")]
     | last | .body // "" | capture("token=(?<t>[A-Za-z0-9_%.~-]+)").t // empty')
  [ -n "$TOKEN" ] && break
  sleep 0.2
done
[ -n "$TOKEN" ] || { echo "no verification email for $EMAIL in $ADMIN/dev/outbox" >&2; exit 1; }
echo "read the verification email"

# 3. Verify the address: 204.
call POST "$BASE/api/v1/auth/verify-email" 204 "$(jq -n --arg token "$TOKEN" '{token: $token}')" > /dev/null
echo "verified the email address"

# 4. Log in: 200 with an access token (15 minutes) and a refresh token.
LOGIN=$(call POST "$BASE/api/v1/auth/login" 200 \
  "$(jq -n --arg email "$EMAIL" --arg password "$PASSWORD" '{email: $email, password: $password}')")
ACCESS=$(jq -r .accessToken <<< "$LOGIN")
REFRESH=$(jq -r .refreshToken <<< "$LOGIN")
echo "logged in (token type $(jq -r .tokenType <<< "$LOGIN"), expires in $(jq -r .expiresIn <<< "$LOGIN") s)"

# 5. Create a task: 201 with the task.
TASK_ID=$(call POST "$BASE/api/v1/tasks" 201 '{"title": "call the pharmacy"}' "$ACCESS" | jq -r .id)
echo "created task $TASK_ID"

# 6. List the open tasks: the new one is there.
call GET "$BASE/api/v1/tasks?status=open" 200 "" "$ACCESS" \
  | jq -e --arg id "$TASK_ID" 'any(.items[]; .id == $id and .title == "call the pharmacy")' > /dev/null
echo "listed task $TASK_ID: call the pharmacy"

# 7. Refresh: 200 with a new access token and a new refresh token (the old one is spent: keep the new one).
REFRESHED=$(call POST "$BASE/api/v1/auth/refresh" 200 "$(jq -n --arg token "$REFRESH" '{refreshToken: $token}')")
ACCESS=$(jq -r .accessToken <<< "$REFRESHED")
call GET "$BASE/api/v1/users/me" 200 "" "$ACCESS" | jq -e '.emailVerified == true' > /dev/null
echo "refreshed the token; /users/me answers with the new one"
