#!/usr/bin/env bash
# Backs up and restores the assistant's PostgreSQL database (docs/deployment/backups.md):
#
#   db.sh [--compose] backup FILE             pg_dump -Fc into FILE (mode 0600; never overwrites)
#   db.sh [--compose] restore [--force] FILE  pg_restore FILE into the database, in one transaction
#
# Where the database is:
#   default    the libpq variables (PGHOST, PGPORT, PGUSER, PGDATABASE, and PGPASSWORD or PGPASSFILE)
#              with this host's client tools: the first of PG_BINDIR, /usr/lib/postgresql/*/bin and
#              PATH whose major version is at least the server's (pg_dump refuses a newer server).
#   --compose  the client tools inside the compose `postgres` container (docker compose exec -T),
#              which match its server; run from deploy/compose (ASSISTANT_COMPOSE_DIR) with the
#              environment compose needs (.env, COMPOSE_FILE=compose.yml:compose.prod.yml).
#              COMPOSE_COMMAND replaces `docker compose`, ASSISTANT_DB_SERVICE the service name;
#              PGDATABASE and PGUSER, when set, are handed to the container (PGPASSWORD never is).
#
# A password never goes on a command line (ps shows those): libpq reads it from the environment
# or the password file, and in the container from the service's POSTGRES_PASSWORD_FILE secret.
# Restore refuses a database that holds any table, view or sequence unless --force is given: it
# then replaces what the backup holds (pg_restore --clean --if-exists); a failure rolls it all back.
#
# Exit codes: 0 done; 1 pg_dump, pg_restore or psql failed (their message above); 64 wrong usage;
# 65 FILE is not a readable backup; 66 no FILE to restore; 69 no client tools of a suitable version;
# 73 FILE already exists; 77 the database holds data and --force was not given.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly SCRIPT_DIR
# The role the schema's row-level security policies name (migration V21). Roles live outside the
# database, so pg_dump does not carry them: restore creates it on a new server before the policies.
readonly SCHEMA_ROLES=(assistant_account_scope)

compose=false
force=false
command_name=""
file=""
tmp=""

fail() {
  local code="$1"
  shift
  printf 'db.sh: %s\n' "$*" >&2
  exit "$code"
}

usage() {
  printf 'usage: db.sh [--compose] backup FILE\n       db.sh [--compose] restore [--force] FILE\n' >&2
  exit 64
}

cleanup() {
  if [ -n "$tmp" ]; then
    rm -f -- "$tmp"
  fi
}
trap cleanup EXIT

parse_arguments() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --compose) compose=true ;;
      --force) force=true ;;
      -h | --help) usage ;;
      backup | restore)
        [ -z "$command_name" ] || usage
        command_name="$1"
        ;;
      -*) fail 64 "unknown option $1" ;;
      *)
        if [ -z "$command_name" ] || [ -n "$file" ]; then usage; fi
        file="$1"
        ;;
    esac
    shift
  done
  if [ -z "$command_name" ] || [ -z "$file" ]; then usage; fi
  if [ "$force" = true ] && [ "$command_name" != restore ]; then
    fail 64 "--force is for restore only"
  fi
}

# The major version a client tool reports: "pg_dump (PostgreSQL) 17.6 (Debian ...)" gives 17.
client_major() {
  "$1" --version | awk 'NR == 1 { split($3, version, "."); print version[1] }'
}

# Local mode: the directory of pg_dump, pg_restore and psql of the lowest major >= $1, else fail.
local_bindir() {
  local wanted="$1" candidates=() directory best="" best_major="" major found=""
  if [ -n "${PG_BINDIR:-}" ]; then
    candidates=("$PG_BINDIR")
  else
    for directory in /usr/lib/postgresql/*/bin; do
      [ -d "$directory" ] && candidates+=("$directory")
    done
    if command -v pg_dump > /dev/null 2>&1; then
      candidates+=("$(dirname "$(command -v pg_dump)")")
    fi
  fi
  for directory in "${candidates[@]}"; do
    if [ ! -x "$directory/pg_dump" ] || [ ! -x "$directory/pg_restore" ] || [ ! -x "$directory/psql" ]; then
      continue
    fi
    major="$(client_major "$directory/pg_dump")" || continue
    case "$major" in '' | *[!0-9]*) continue ;; esac
    found="$found $major"
    if [ "$major" -ge "$wanted" ] && { [ -z "$best" ] || [ "$major" -lt "$best_major" ]; }; then
      best="$directory"
      best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    fail 69 "the server is PostgreSQL $wanted and no pg_dump, pg_restore and psql of version $wanted or later were found" \
      "(found:${found:- none}; looked in ${candidates[*]:-PATH}); install postgresql-client-$wanted, set PG_BINDIR, or use --compose"
  fi
  printf '%s\n' "$best"
}

compose_exec() {
  local runner=() chosen=()
  read -r -a runner <<< "${COMPOSE_COMMAND:-docker compose}"
  # The database and user, when chosen here (a scratch database to test a restore); never a password.
  if [ -n "${PGDATABASE:-}" ]; then chosen+=(-e "PGDATABASE=$PGDATABASE"); fi
  if [ -n "${PGUSER:-}" ]; then chosen+=(-e "PGUSER=$PGUSER"); fi
  # Inside the container: its own user, database and password secret, unless PG* say otherwise there.
  # shellcheck disable=SC2016 # expanded by the container's shell, not this one
  (cd "${ASSISTANT_COMPOSE_DIR:-$SCRIPT_DIR/../compose}" \
    && "${runner[@]}" exec -T "${chosen[@]}" "${ASSISTANT_DB_SERVICE:-postgres}" sh -c '
      export PGUSER="${PGUSER:-${POSTGRES_USER:-postgres}}" PGDATABASE="${PGDATABASE:-${POSTGRES_DB:-${POSTGRES_USER:-postgres}}}"
      if [ -z "${PGPASSWORD:-}" ] && [ -n "${POSTGRES_PASSWORD_FILE:-}" ] && [ -r "$POSTGRES_PASSWORD_FILE" ]; then
        PGPASSWORD="$(cat "$POSTGRES_PASSWORD_FILE")"
        export PGPASSWORD
      fi
      if [ "$1" = --into-the-database ]; then
        tool="$2"
        shift 2
        set -- "$tool" --dbname="$PGDATABASE" "$@"
      fi
      exec "$@"' sh "$@")
}

# Runs a client tool (pg_dump, pg_restore, psql) where the database is; pg_restore gets the database.
client() {
  local tool="$1"
  shift
  if [ "$compose" = true ] && [ "$tool" = pg_restore ]; then
    compose_exec --into-the-database "$tool" "$@"
  elif [ "$compose" = true ]; then
    compose_exec "$tool" "$@"
  elif [ "$tool" = pg_restore ]; then
    "$BINDIR/$tool" --dbname="$PGDATABASE" "$@"
  else
    "$BINDIR/$tool" "$@"
  fi
}

sql() {
  client psql -X -A -t -q -w -v ON_ERROR_STOP=1 -c "$1"
}

server_major() {
  local number
  if [ "$compose" = true ]; then
    number="$(compose_exec psql -X -A -t -q -w -c 'SHOW server_version_num')" \
      || fail 1 "cannot reach PostgreSQL in the compose service ${ASSISTANT_DB_SERVICE:-postgres}"
  else
    local psql
    psql="$(command -v psql || true)"
    for candidate in "${PG_BINDIR:-}" /usr/lib/postgresql/*/bin; do
      if [ -n "$candidate" ] && [ -x "$candidate/psql" ]; then
        psql="$candidate/psql"
        break
      fi
    done
    [ -n "$psql" ] || fail 69 "no psql found (install postgresql-client, set PG_BINDIR, or use --compose)"
    number="$("$psql" -X -A -t -q -w -c 'SHOW server_version_num')" \
      || fail 1 "cannot reach PostgreSQL at ${PGHOST:-the local socket}:${PGPORT:-5432} as ${PGUSER:-$(id -un)} (check the PG* variables)"
  fi
  number="$(printf '%s' "$number" | tr -d '[:space:]')"
  case "$number" in
    '' | *[!0-9]*) fail 1 "unexpected server_version_num '$number'" ;;
  esac
  printf '%s\n' $((number / 10000))
}

check_local_connection_settings() {
  [ -n "${PGDATABASE:-}" ] || fail 64 "set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD or PGPASSFILE), or use --compose"
  case "$PGDATABASE" in
    *=* | *://*) fail 64 "PGDATABASE must be a plain database name: a connection string would show on the command line" ;;
  esac
}

prepare_client() {
  if [ "$compose" = false ]; then
    check_local_connection_settings
  elif [ -n "${PGDATABASE:-}" ]; then
    case "$PGDATABASE" in
      *=* | *://*) fail 64 "PGDATABASE must be a plain database name: a connection string would show on the command line" ;;
    esac
  fi
  SERVER_MAJOR="$(server_major)"
  if [ "$compose" = false ]; then
    BINDIR="$(local_bindir "$SERVER_MAJOR")"
    echo "db.sh: PostgreSQL $SERVER_MAJOR server, client tools $(client_major "$BINDIR/pg_dump") from $BINDIR" >&2
  else
    local major
    major="$(compose_exec pg_dump --version | awk 'NR == 1 { split($3, version, "."); print version[1] }')"
    case "$major" in '' | *[!0-9]*) fail 69 "no pg_dump in the compose service ${ASSISTANT_DB_SERVICE:-postgres}" ;; esac
    if [ "$major" -lt "$SERVER_MAJOR" ]; then
      fail 69 "the container's pg_dump ($major) is older than its server ($SERVER_MAJOR)"
    fi
    echo "db.sh: PostgreSQL $SERVER_MAJOR server, client tools $major in the compose service ${ASSISTANT_DB_SERVICE:-postgres}" >&2
  fi
}

# Lists the archive's table of contents: fails when it is not a pg_dump custom-format archive.
archive_contents() {
  if [ "$compose" = true ]; then
    compose_exec pg_restore --list < "$1"
  else
    "$BINDIR/pg_restore" --list "$1"
  fi
}

backup() {
  local target="$file" directory base
  if [ -e "$target" ] || [ -L "$target" ]; then
    fail 73 "$target already exists: refusing to overwrite a backup (choose a new name)"
  fi
  directory="$(dirname -- "$target")"
  base="$(basename -- "$target")"
  if [ ! -d "$directory" ] || [ ! -w "$directory" ]; then fail 73 "cannot write into $directory"; fi
  prepare_client
  umask 077
  tmp="$(mktemp "$directory/.$base.XXXXXX")"
  chmod 600 "$tmp"
  if [ "$compose" = true ]; then
    client pg_dump --format=custom --no-password > "$tmp" || fail 1 "pg_dump failed; no backup written"
  else
    client pg_dump --format=custom --no-password --file="$tmp" || fail 1 "pg_dump failed; no backup written"
  fi
  archive_contents "$tmp" > /dev/null || fail 1 "the dump just written cannot be read back; no backup written"
  # ln refuses an existing name: a backup that appeared meanwhile is not replaced either.
  ln -- "$tmp" "$target" 2> /dev/null || fail 73 "$target already exists: refusing to overwrite a backup"
  rm -f -- "$tmp"
  tmp=""
  echo "db.sh: backup written to $target ($(wc -c < "$target") bytes)" >&2
}

check_backup_file() {
  [ -e "$file" ] || fail 66 "no backup file $file"
  if [ ! -f "$file" ] || [ ! -r "$file" ]; then fail 66 "$file is not a readable file"; fi
  if [ "$(head -c 5 -- "$file" | tr -d '\000')" != PGDMP ]; then
    fail 65 "$file is not a pg_dump custom-format backup (made by db.sh backup / pg_dump -Fc)"
  fi
}

existing_objects() {
  sql "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
         AND n.nspname NOT IN ('pg_catalog', 'information_schema')
         AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp\_%'
       ORDER BY 1"
}

ensure_schema_roles() {
  local role
  for role in "${SCHEMA_ROLES[@]}"; do
    sql "DO \$\$ BEGIN
           IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN CREATE ROLE $role NOLOGIN; END IF;
           IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
             EXECUTE format('GRANT $role TO %I', current_user);
           END IF;
         END \$\$" > /dev/null || fail 1 "cannot create the role $role the schema needs (connect as the database owner with CREATEROLE, or create it first)"
  done
}

restore() {
  check_backup_file
  prepare_client
  local contents dumped_by restore_major objects count
  contents="$(archive_contents "$file" 2> /dev/null)" \
    || fail 65 "$file is not a readable backup (pg_restore cannot list it: damaged or truncated)"
  dumped_by="$(printf '%s\n' "$contents" | sed -n 's/^;[[:space:]]*Dumped by pg_dump version: \([0-9]*\).*/\1/p' | head -n 1)"
  restore_major="$(client_major_of_restore)"
  case "$dumped_by" in
    '' | *[!0-9]*) fail 65 "$file does not say which pg_dump made it: not a backup of db.sh or pg_dump -Fc" ;;
  esac
  case "$restore_major" in
    '' | *[!0-9]*) fail 69 "cannot tell the version of pg_restore (${restore_major:-no answer})" ;;
  esac
  if [ "$dumped_by" -gt "$restore_major" ]; then
    fail 69 "$file was made by pg_dump $dumped_by; this pg_restore is older: use client tools $dumped_by or later"
  fi
  objects="$(existing_objects)" || fail 1 "cannot read the database's tables"
  if [ -n "$objects" ]; then
    count="$(printf '%s\n' "$objects" | wc -l | tr -d ' ')"
    if [ "$force" = false ]; then
      fail 77 "the database already holds $count tables, views or sequences ($(printf '%s\n' "$objects" | head -n 3 | paste -sd ' ' -)...);" \
        "restoring replaces what the backup holds: pass --force to confirm, or restore into an empty database"
    fi
    # pg_restore --clean replaces the backup's objects only: anything else would stay beside them
    # (a table of a later migration, say, which the next `db migrate` would then trip over).
    local extra
    extra="$(comm -23 <(printf '%s\n' "$objects" | LC_ALL=C sort) <(archive_relations "$contents" | LC_ALL=C sort))"
    if [ -n "$extra" ]; then
      fail 77 "the database holds $(printf '%s\n' "$extra" | wc -l | tr -d ' ') tables, views or sequences the backup does not" \
        "($(printf '%s\n' "$extra" | head -n 3 | paste -sd ' ' -)...), which a restore would leave in place:" \
        "drop the database, create it empty, and restore into it"
    fi
    echo "db.sh: --force: replacing the database's $count tables, views and sequences with the backup's" >&2
  fi
  ensure_schema_roles
  local options=(--clean --if-exists --no-owner --single-transaction --exit-on-error --no-password)
  if [ "$compose" = true ]; then
    client pg_restore "${options[@]}" < "$file" || fail 1 "pg_restore failed: nothing was changed (one transaction, rolled back)"
  else
    client pg_restore "${options[@]}" "$file" || fail 1 "pg_restore failed: nothing was changed (one transaction, rolled back)"
  fi
  echo "db.sh: restored $file" >&2
}

# schema.name of every table, view and sequence in the archive's table of contents ($1), whose
# lines read "215; 1259 16390 TABLE public accounts assistant".
archive_relations() {
  printf '%s\n' "$1" | sed -n -E 's/^[0-9]+; [0-9]+ [0-9]+ (TABLE|SEQUENCE|VIEW|MATERIALIZED VIEW|FOREIGN TABLE) ([^ ]+) ([^ ]+) [^ ]*$/\2.\3/p'
}

client_major_of_restore() {
  if [ "$compose" = true ]; then
    compose_exec pg_restore --version | awk 'NR == 1 { split($3, version, "."); print version[1] }'
  else
    client_major "$BINDIR/pg_restore"
  fi
}

parse_arguments "$@"
case "$command_name" in
  backup) backup ;;
  restore) restore ;;
esac
