#!/bin/sh
# Runs an image on an environment's host: deploy.sh <stage|production> <image:tag>
# Over SSH (DEPLOY_HOST, DEPLOY_SSH_KEY): the host keeps the compose files in /srv/assistant and
# its secrets in /srv/assistant/deploy/compose/secrets. The new image is pulled, the database
# migrated by the new image (expand-only migrations: the running release keeps working), then the
# processes replaced one service at a time; the host records each tag it ran, so a rollback is this
# same command with the tag before (deploy/docker/README in docs/deployment.md, "Rollback").
set -eu
target="${1:?stage or production}"
image="${2:?the image, registry/assistant:tag}"
case "$target" in
  stage) overrides=compose.stage.yml ;;
  production) overrides=compose.prod.yml ;;
  *) echo "deploy.sh: unknown environment $target" >&2; exit 64 ;;
esac
case "$image" in
  *[!A-Za-z0-9./:_-]*) echo "deploy.sh: refusing image name $image" >&2; exit 64 ;;
esac
: "${DEPLOY_HOST:?the host to deploy to}"
: "${DEPLOY_SSH_KEY:?the deploy key}"
key="$(mktemp)"
trap 'rm -f "$key"' EXIT
printf '%s\n' "$DEPLOY_SSH_KEY" > "$key"
chmod 600 "$key"
ssh -i "$key" -o StrictHostKeyChecking=yes "deploy@$DEPLOY_HOST" sh -s -- "$image" "$overrides" <<'REMOTE'
set -eu
image="$1"; overrides="$2"
cd /srv/assistant/deploy/compose
export ASSISTANT_IMAGE="$image"
compose() { docker compose -f compose.yml -f "$overrides" "$@"; }
compose pull api worker sms-router
compose run --rm --no-deps api db migrate /app/config.yml
for service in worker sms-router api; do
  compose up -d --no-deps --wait "$service"
done
compose up -d --wait nginx
# nginx resolves the upstream names (api, sms-router) when it loads its configuration: the replaced
# containers have new addresses, so it reloads to find them (a reload drops no connection).
compose exec -T nginx nginx -s reload
echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $image" >> /srv/assistant/deployed-images
REMOTE
