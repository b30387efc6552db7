#!/bin/sh
# Random secrets in ./secrets/ and a self-signed certificate for localhost in ./tls/, for
# compose.dev.yml only. Never for stage or production, whose secrets come from their own store.
set -eu
cd "$(dirname "$0")"
mkdir -p secrets tls
umask 077
random() { openssl rand -base64 "$1" | tr -d '\n'; }
[ -s secrets/postgres_password ] || random 24 > secrets/postgres_password
[ -s secrets/redis_url ] || printf 'redis://assistant:%s@redis:6379' "$(random 24 | tr '/+' '_-')" > secrets/redis_url
[ -s secrets/key_encryption_key ] || random 32 > secrets/key_encryption_key
[ -s secrets/smtp_password ] || printf 'unused-in-dev' > secrets/smtp_password
[ -s secrets/twilio_auth_token ] || random 24 > secrets/twilio_auth_token
[ -s secrets/grafana_admin_password ] || random 18 > secrets/grafana_admin_password
# The first administrator's password, used when ASSISTANT_ADMIN_EMAIL is set (docs/deployment.md).
[ -s secrets/admin_password ] || random 18 > secrets/admin_password
[ -s tls/fullchain.pem ] || openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
  -subj /CN=localhost -addext subjectAltName=DNS:localhost -keyout tls/privkey.pem -out tls/fullchain.pem 2> /dev/null
echo "secrets in $(pwd)/secrets, certificate in $(pwd)/tls"
