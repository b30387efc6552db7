#!/usr/bin/env bash
# Builds the production image offline and runs it for real: the `server`, `worker` and `sms-router`
# processes together, as deploy/compose/compose.yml runs them (docs/deployment/image.md).
#
#   bash deploy/docker/build-and-run.sh      (as root; after `mvn -DskipTests package -pl bootstrap -am`)
#
# 1. The JRE base, made once with mmdebstrap from Debian bookworm packages and cached in
#    ASSISTANT_IMAGE_CACHE (/var/cache/assistant-image), keyed by a hash of its recipe (this file's
#    base functions and lists): bash, passwd, ca-certificates and a Java runtime cut by jlink from
#    Debian's OpenJDK 17 to the modules the jar uses; no apt, docs, man pages or locales. It is
#    imported into podman as localhost/assistant-base:<hash>; later runs reuse it.
# 2. The image, from deploy/docker/Dockerfile with `podman build --pull=never --format docker`
#    (the docker format keeps the HEALTHCHECK), taking the jar the host built (JAR_FROM=host-jar).
# 3. A throwaway PostgreSQL 15 (scram password) and Redis 7 (an ACL user, as compose's), the project's
#    Twilio API emulator and an SMTP listener, all on loopback, free ports; `db migrate`, then the
#    three processes with --network host, --read-only, a /tmp tmpfs, every capability dropped,
#    no-new-privileges, and every secret as a file through its *_FILE variable (the entrypoint).
# 4. Checks: each container's HEALTHCHECK reports healthy, a real API call through the api container
#    (GET /api/v1/openapi.json, then a registration), the processes run as uid 10001, and the image is
#    under ASSISTANT_IMAGE_LIMIT_MB (250). Any failure exits non-zero with the containers' logs.
#    Containers and servers are removed on exit, whatever happened.
#
# Variables: ASSISTANT_IMAGE (the tag built, localhost/assistant:local), ASSISTANT_IMAGE_CACHE,
# ASSISTANT_IMAGE_LIMIT_MB, ASSISTANT_IMAGE_HEALTH_TIMEOUT (seconds, 240), ASSISTANT_PG_BIN,
# ASSISTANT_PODMAN_RUNTIME (crun or runc; runc is chosen under hybrid cgroups), and
# ASSISTANT_IMAGE_SKIP_MISSING=1 to skip (exit 0, saying so) when a tool is missing (podman, mmdebstrap,
# PostgreSQL, redis-server, curl, runc); without it a missing tool fails.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${ASSISTANT_IMAGE_CACHE:-/var/cache/assistant-image}"
image="${ASSISTANT_IMAGE:-localhost/assistant:local}"
limit_mb="${ASSISTANT_IMAGE_LIMIT_MB:-250}"
health_timeout="${ASSISTANT_IMAGE_HEALTH_TIMEOUT:-240}"
# PostgreSQL's server binaries: ASSISTANT_PG_BIN, or the newest under /usr/lib/postgresql (15 on Debian 12).
pg_bin="${ASSISTANT_PG_BIN:-$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/initdb' 2> /dev/null \
  | sort -V | tail -1 | xargs -r dirname || true)}"
jar="$root/bootstrap/target/assistant.jar"
started=$SECONDS

say() { printf 'build-and-run: %s\n' "$*"; }
fail() {
  printf 'build-and-run: FAILED: %s\n' "$*" >&2
  exit 1
}

# --- the base's recipe: everything that goes into its hash ---------------------------------------
suite=bookworm
# Installed for good. bash runs the entrypoint and the HEALTHCHECK; passwd has useradd for the Dockerfile.
base_packages=ca-certificates,passwd
# The modules the jar needs (jdeps --print-module-deps on assistant.jar), plus the ones found through
# service loading, which jdeps cannot see: EC keys for TLS (jdk.crypto.ec), the en/fr locale data,
# extra charsets, the zip file system, DNS for JNDI, and jcmd's attach for diagnostics.
jre_modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.xml,jdk.attach,jdk.charsets,jdk.crypto.ec,jdk.jdi,jdk.jfr,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs
dpkg_options=(
  'path-exclude=/usr/share/man/*'
  'path-exclude=/usr/share/info/*'
  'path-exclude=/usr/share/doc/*'
  'path-include=/usr/share/doc/*/copyright'
  'path-exclude=/usr/share/locale/*'
  'path-exclude=/usr/share/lintian/*'
)

# Runs inside mmdebstrap (--customize-hook) with the root filesystem as $1 and the modules as $2: installs Debian's JDK 17,
# cuts the runtime with jlink into /opt/java, keeps the packages whose libraries it links against,
# and removes the JDK again.
customize_base() {
  local target="$1" modules="$2" apt_in_target jdk=/usr/lib/jvm/java-17-openjdk-amd64 libraries packages
  apt_in_target=(env APT_CONFIG="$MMDEBSTRAP_APT_CONFIG" apt-get --yes -oDPkg::Chroot-Directory="$target")
  # update-alternatives links the JDK's man pages into man1, which path-exclude leaves out.
  mkdir -p "$target/usr/share/man/man1"
  "${apt_in_target[@]}" install --no-install-recommends openjdk-17-jdk-headless
  chroot "$target" "$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,fr \
    --strip-java-debug-attributes --no-man-pages --no-header-files --compress=2 --output /opt/java
  # Debian's trust store, made from ca-certificates by ca-certificates-java, which goes with the JDK.
  cp --remove-destination -L "$target/etc/ssl/certs/java/cacerts" "$target/opt/java/lib/security/cacerts"
  libraries="$(chroot "$target" sh -c 'find /opt/java -type f \( -name "*.so" -o -path "/opt/java/bin/*" \) \
    -exec /lib64/ld-linux-x86-64.so.2 --list {} \; 2> /dev/null' | awk '$2 == "=>" && $3 ~ /^\// && $3 !~ /^\/opt\/java\// { print $3 }' | sort -u)"
  packages="$(for library in $libraries; do
    chroot "$target" dpkg-query --search "*/${library##*/}" 2> /dev/null | cut -d: -f1
  done | sort -u | tr '\n' ' ')"
  [ -n "$packages" ] || { echo "customize_base: no package found for the runtime's libraries" >&2; return 1; }
  # shellcheck disable=SC2086 # one word per package
  env APT_CONFIG="$MMDEBSTRAP_APT_CONFIG" apt-mark manual $packages
  "${apt_in_target[@]}" purge --autoremove openjdk-17-jdk-headless openjdk-17-jre-headless ca-certificates-java java-common
  ln -s /opt/java/bin/java "$target/usr/bin/java"
  rm -rf "$target/usr/share/man/man1"
}

base_key="$(printf '%s\n' "$suite" "$base_packages" "$jre_modules" "${dpkg_options[@]}" "$(declare -f customize_base)" \
  | sha256sum | cut -c1-16)"
base_tag="localhost/assistant-base:$base_key"
base_tar="$cache/base-$base_key.tar"
# mmdebstrap reads the format from the name: a tar, whose name ends in .tar
base_partial="$cache/base-$base_key.partial.tar"

# --- tools ----------------------------------------------------------------------------------------
missing_tool() {
  if [ "${ASSISTANT_IMAGE_SKIP_MISSING:-}" = 1 ]; then
    say "SKIPPED: $1 is not installed (ASSISTANT_IMAGE_SKIP_MISSING=1); the image was neither built nor run"
    exit 0
  fi
  fail "$1 is not installed: apt-get install $2 (or ASSISTANT_IMAGE_SKIP_MISSING=1 to skip)"
}
[ "$(id -u)" = 0 ] || fail "run as root: rootful podman, mmdebstrap's root mode and runuser need it"
command -v podman > /dev/null 2>&1 || missing_tool podman "podman uidmap"
if ! podman image exists "$base_tag" && [ ! -f "$base_tar" ]; then
  command -v mmdebstrap > /dev/null 2>&1 || missing_tool mmdebstrap mmdebstrap
fi
[ -x "${pg_bin:-/nonexistent}/initdb" ] || missing_tool "PostgreSQL's server" postgresql-15
command -v redis-server > /dev/null 2>&1 || missing_tool redis-server redis-server
command -v curl > /dev/null 2>&1 || missing_tool curl curl
command -v java > /dev/null 2>&1 || fail "a JDK 17 is needed on the host (the Twilio API emulator)"
[ -f "$jar" ] || fail "$jar is missing: mvn -o -B -DskipTests package -pl bootstrap -am"
[ -d "$root/adapters-sms/target/classes" ] || fail "adapters-sms is not compiled: mvn -o -B -DskipTests package -pl bootstrap -am"

# podman's runtime and limits. crun 1.8 (Debian 12's) refuses hybrid cgroups (v1 controllers with a
# cgroup2 mount beside them, as inside a Docker container): runc is used there. The limits are explicit
# because podman's defaults (a million files) are above what a container may set without CAP_SYS_RESOURCE.
podman_options=()
if [ -n "${ASSISTANT_PODMAN_RUNTIME:-}" ]; then
  podman_options=(--runtime "$ASSISTANT_PODMAN_RUNTIME")
elif awk '$2 == "/sys/fs/cgroup/unified" && $3 == "cgroup2" { found = 1 } END { exit !found }' /proc/mounts; then
  command -v runc > /dev/null 2>&1 || missing_tool "runc (crun refuses the hybrid cgroups here)" runc
  podman_options=(--runtime runc)
fi
files_limit="$(ulimit -Hn)"
if [ "$files_limit" = unlimited ] || [ "$files_limit" -gt 65536 ]; then files_limit=65536; fi
limits=(--ulimit "nofile=$files_limit:$files_limit" --ulimit nproc=16384:16384)
pm() { podman "${podman_options[@]}" "$@"; }

# --- the base -------------------------------------------------------------------------------------
if pm image exists "$base_tag"; then
  say "base $base_tag: already in podman"
else
  if [ -f "$base_tar" ]; then
    say "base: importing the cached $base_tar"
  else
    say "base: making it with mmdebstrap (once; cached in $cache)"
    mkdir -p "$cache"
    hook="$(mktemp)"
    {
      echo '#!/bin/bash'
      echo 'set -euo pipefail'
      declare -f customize_base
      # shellcheck disable=SC2016 # $1 is the hook's argument, the root filesystem
      printf 'customize_base "$1" %q\n' "$jre_modules"
    } > "$hook"
    chmod 0755 "$hook"
    dpkg_arguments=()
    for option in "${dpkg_options[@]}"; do dpkg_arguments+=(--dpkgopt="$option"); done
    if ! mmdebstrap --variant=essential --include="$base_packages" --aptopt='APT::Install-Recommends "false"' \
      --hook-dir=/usr/share/mmdebstrap/hooks/merged-usr "${dpkg_arguments[@]}" --customize-hook="$hook" \
      "$suite" "$base_partial" > "$cache/base-$base_key.log" 2>&1; then
      rm -rf "$hook" "$base_partial"
      tail -40 "$cache/base-$base_key.log" >&2
      fail "mmdebstrap could not make the base (log: $cache/base-$base_key.log)"
    fi
    rm -f "$hook"
    mv "$base_partial" "$base_tar"
  fi
  pm import --change 'ENV JAVA_HOME=/opt/java' \
    --change 'ENV PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    "$base_tar" "$base_tag" > /dev/null
fi

# --- the image ------------------------------------------------------------------------------------
say "image $image: podman build --pull=never from deploy/docker/Dockerfile (JAR_FROM=host-jar)"
revision="$(git -C "$root" rev-parse HEAD 2> /dev/null || echo unknown)"
previous="$(pm image inspect -f '{{.Id}}' "$image" 2> /dev/null || true)"
# (--layers=false would leave no image of the jar stage behind, but podman 4.3 then fails at the end,
# "identifier is not an image"; `podman image prune` removes those of older jars.)
pm build --pull=never --format docker "${limits[@]}" -f "$root/deploy/docker/Dockerfile" \
  --build-arg JAR_FROM=host-jar --build-arg JRE_IMAGE="$base_tag" \
  --build-arg REVISION="$revision" --build-arg CREATED="$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
  -t "$image" "$root" > "$cache/build.log" 2>&1 || { tail -40 "$cache/build.log" >&2; fail "podman build failed"; }
# The image this tag named before, untagged now.
if [ -n "$previous" ] && [ "$previous" != "$(pm image inspect -f '{{.Id}}' "$image")" ]; then
  pm rmi "$previous" > /dev/null 2>&1 || true
fi

# --- throwaway servers ----------------------------------------------------------------------------
work="$(mktemp -d /tmp/assistant-image.XXXXXX)"
# PostgreSQL's user must get through to its own directory; nobody may list this one.
chmod 0711 "$work"
containers=()
pids=()
postgres_data=
cleanup() {
  local status=$?
  trap - EXIT
  if [ "$status" != 0 ]; then
    for container in "${containers[@]}"; do
      printf '\n----- logs of %s -----\n' "$container" >&2
      pm logs --tail 60 "$container" >&2 2> /dev/null || true
    done
  fi
  for container in "${containers[@]}"; do pm rm -f -t 5 "$container" > /dev/null 2>&1 || true; done
  if [ -n "$postgres_data" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$postgres_data" -m immediate stop > /dev/null 2>&1 || true
  fi
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A port nothing listens on yet (checked just before each server takes it).
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    if ! (: < "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
      echo "$port"
      return
    fi
  done
}
random_secret() { head -c 32 /dev/urandom | base64 | tr -d '\n'; }

secrets="$work/secrets"
mkdir -p "$secrets"
database_password="$(random_secret | tr -d '/+=')"
redis_password="$(random_secret | tr -d '/+=')"
printf '%s' "$database_password" > "$secrets/postgres_password"
random_secret > "$secrets/key_encryption_key"
printf '%s' "$(random_secret | tr -d '/+=')" > "$secrets/twilio_auth_token"
printf '' > "$secrets/smtp_password"

say "PostgreSQL 15 and Redis on loopback"
postgres_home="$work/postgres"
postgres_data="$postgres_home/data"
postgres_port="$(free_port)"
install -d -o postgres -g postgres -m 0700 "$postgres_home"
install -o postgres -g postgres -m 0600 "$secrets/postgres_password" "$postgres_home/password"
runuser -u postgres -- "$pg_bin/initdb" -D "$postgres_data" -U assistant --pwfile="$postgres_home/password" \
  --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 > "$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; fail "initdb failed"; }
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$postgres_data" -l "$postgres_home/log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $postgres_port -k $postgres_home" start > /dev/null \
  || { cat "$postgres_home/log" >&2 || true; fail "PostgreSQL did not start"; }
PGPASSWORD="$database_password" "$pg_bin/createdb" -h 127.0.0.1 -p "$postgres_port" -U assistant assistant \
  || fail "could not create the database"

redis_port="$(free_port)"
printf 'redis://assistant:%s@127.0.0.1:%s' "$redis_password" "$redis_port" > "$secrets/redis_url"
# The same ACL shape as compose.yml's Redis: the default user off, one user with the URL's password.
printf 'port %s\nbind 127.0.0.1\nsave ""\nappendonly no\nuser default off\nuser assistant on >%s ~* &* +@all\n' \
  "$redis_port" "$redis_password" > "$work/redis.conf"
chmod 0600 "$work/redis.conf"
redis-server "$work/redis.conf" > "$work/redis.log" 2>&1 &
pids+=("$!")

twilio_sid="AC$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# The emulator is left out of the production jar; its classes come from adapters-sms, the rest (domain, SLF4J) from the jar.
java -cp "$root/adapters-sms/target/classes:$jar" "$root/deploy/docker/OutsideServices.java" \
  "$twilio_sid" "$secrets/twilio_auth_token" "$work/outside-ports" "$work/mail" > "$work/outside.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 120); do
  [ -f "$work/outside-ports" ] && break
  kill -0 "${pids[-1]}" 2> /dev/null || { cat "$work/outside.log" >&2; fail "the Twilio emulator and SMTP listener did not start"; }
  sleep 0.5
done
[ -f "$work/outside-ports" ] || fail "the Twilio emulator and SMTP listener did not start in 60 s"
read -r twilio_field smtp_field < "$work/outside-ports"
twilio_port="${twilio_field#twilio=}"
smtp_port="${smtp_field#smtp=}"
# The password through the environment, never the process list.
REDISCLI_AUTH="$redis_password" redis-cli -p "$redis_port" --user assistant --no-auth-warning ping 2> /dev/null | grep -q PONG \
  || { cat "$work/redis.log" >&2; fail "Redis does not answer"; }

# Readable by the image's user only, as compose's secrets are.
chown -R 10001:10001 "$secrets"
chmod 0500 "$secrets"
chmod 0400 "$secrets"/*

# --- the containers -------------------------------------------------------------------------------
api_port="$(free_port)"
api_admin_port="$(free_port)"
worker_admin_port="$(free_port)"
router_port="$(free_port)"
router_admin_port="$(free_port)"
run_options=(
  --network host --read-only --tmpfs /tmp:size=64m --cap-drop ALL --security-opt no-new-privileges
  --memory 768m
  -v "$secrets:/run/secrets:ro"
  -e PUBLIC_BASE_URL="http://127.0.0.1:$api_port"
  -e DATABASE_URL="jdbc:postgresql://127.0.0.1:$postgres_port/assistant"
  -e DATABASE_USER=assistant
  -e DATABASE_PASSWORD_FILE=/run/secrets/postgres_password
  -e REDIS_URL_FILE=/run/secrets/redis_url
  -e ASSISTANT_KEY_ENCRYPTION_KEY_FILE=/run/secrets/key_encryption_key
  -e SMTP_HOST=127.0.0.1 -e SMTP_PORT="$smtp_port" -e SMTP_REQUIRE_TLS=false
  -e SMTP_PASSWORD_FILE=/run/secrets/smtp_password
  -e MAIL_FROM=assistant@example.org
  -e TWILIO_ACCOUNT_SID="$twilio_sid"
  -e TWILIO_AUTH_TOKEN_FILE=/run/secrets/twilio_auth_token
  -e TWILIO_FROM_NUMBER=+15005550006
  -e TWILIO_API_BASE_URL="http://127.0.0.1:$twilio_port"
  -e ADMIN_BIND_HOST=127.0.0.1
  -e BCRYPT_COST=10
)
suffix="$$"

say "db migrate in the image"
pm run --rm --name "assistant-migrate-$suffix" "${limits[@]}" "${run_options[@]}" "$image" db migrate /app/config.yml \
  > "$work/migrate.log" 2>&1 || { tail -40 "$work/migrate.log" >&2; fail "db migrate failed in the image"; }

start() {
  local name="$1"
  shift
  containers+=("$name")
  pm run -d --name "$name" "${limits[@]}" "${run_options[@]}" "$@" > /dev/null
}
say "server, worker and sms-router together"
start "assistant-api-$suffix" -e APP_PORT="$api_port" -e ADMIN_PORT="$api_admin_port" \
  -e ASSISTANT_JOBS_ENABLED=false -e SMS_WEBHOOKS_ENABLED=false "$image" server /app/config.yml
start "assistant-worker-$suffix" -e ADMIN_PORT="$worker_admin_port" "$image" worker /app/config.yml
start "assistant-sms-router-$suffix" -e SMS_ROUTER_PORT="$router_port" -e ADMIN_PORT="$router_admin_port" \
  "$image" sms-router /app/config.yml

# The image's own HEALTHCHECK, run by podman (no systemd here to run it on a timer).
deadline=$((SECONDS + health_timeout))
for container in "${containers[@]}"; do
  until pm healthcheck run "$container" > /dev/null 2>&1; do
    [ "$(pm inspect -f '{{.State.Running}}' "$container")" = true ] || fail "$container stopped"
    [ "$SECONDS" -lt "$deadline" ] || fail "$container not healthy after ${health_timeout}s"
    sleep 2
  done
  status="$(pm inspect -f '{{.State.Health.Status}}' "$container")"
  [ "$status" = healthy ] || fail "$container: podman reports its health as '$status'"
  say "$container: healthy"
done

# Real calls through the api container: a registration (PostgreSQL, Redis, the French locale data and
# the time zones), whose verification email the worker must then hand to the SMTP server.
email="image-check-$suffix@example.org"
registration="$(curl -sS -o "$work/registration.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"correct horse battery staple $suffix\",\"displayName\":\"Image check\",\"locale\":\"fr\",\"timezone\":\"Europe/Paris\"}" \
  "http://127.0.0.1:$api_port/api/v1/auth/register")"
[ "$registration" = 201 ] || { cat "$work/registration.json" >&2; fail "POST /api/v1/auth/register answered $registration, not 201"; }
say "api: POST /api/v1/auth/register 201"
for _ in $(seq 1 60); do
  grep -qi "^To: .*$email" "$work/mail" 2> /dev/null && break
  sleep 1
done
grep -qi "^To: .*$email" "$work/mail" 2> /dev/null || fail "no verification email reached the SMTP server in 60 s"
say "the verification email reached the SMTP server"

for container in "${containers[@]}"; do
  uid="$(pm exec "$container" sh -c 'id -u')"
  process_uid="$(pm top "$container" huser | tail -n +2 | sort -u | tr -d ' \n')"
  if [ "$uid" != 10001 ] || [ "$process_uid" != 10001 ]; then
    fail "$container runs as uid '$uid' (process '$process_uid'), not 10001"
  fi
done
say "every process runs as uid 10001"

size_bytes="$(pm image inspect -f '{{.Size}}' "$image")"
base_bytes="$(pm image inspect -f '{{.Size}}' "$base_tag")"
size_mb=$((size_bytes / 1000000))
say "image $image: $size_mb MB (base $((base_bytes / 1000000)) MB, jar $(($(stat -c %s "$jar") / 1000000)) MB)"
[ "$size_mb" -lt "$limit_mb" ] || fail "the image is $size_mb MB, over the limit of $limit_mb MB"
# The OpenAPI document, which nginx's health check in compose.yml reads too.
curl -fsS -o "$work/openapi.json" "http://127.0.0.1:$api_port/api/v1/openapi.json" \
  || fail "GET /api/v1/openapi.json through the api container failed"
grep -q '"openapi"' "$work/openapi.json" || fail "/api/v1/openapi.json is not an OpenAPI document"
say "api: GET /api/v1/openapi.json 200"
say "OK in $((SECONDS - started)) s"
