#!/usr/bin/env bash
# Installs (Debian packages) and starts PostgreSQL and Redis on loopback for tests and development; idempotent.
# Prints the connection variables on stdout: eval "$(scripts/services.sh)" exports them in the calling shell.
# Needs root for apt-get and for starting the PostgreSQL cluster; everything else is a no-op when already done.
set -euo pipefail

PG_ROLE="${CORROBORATE_PG_ROLE:-corroborate}"
PG_PASSWORD="${CORROBORATE_PG_PASSWORD:-corroborate}"
PG_DB="${CORROBORATE_PG_DB:-corroborate_test}"
REDIS_PORT="${CORROBORATE_REDIS_PORT:-6379}"

log() { echo "services: $*" >&2; }

need_install=()
command -v pg_ctlcluster >/dev/null 2>&1 || need_install+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need_install+=(redis-server)
if [ "${#need_install[@]}" -gt 0 ]; then
  log "installing ${need_install[*]}"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_install[@]}" >&2
fi

# PostgreSQL: the distribution's main cluster, listening on 127.0.0.1 only.
PG_VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main"' | grep -q .; then
  log "creating PostgreSQL $PG_VERSION cluster main"
  pg_createcluster "$PG_VERSION" main >&2
fi
PG_PORT="$(pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" { print $3 }')"
CONF="/etc/postgresql/$PG_VERSION/main/postgresql.conf"
if ! grep -q "^listen_addresses = '127.0.0.1'" "$CONF"; then
  echo "listen_addresses = '127.0.0.1'" >> "$CONF"
fi
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1 == v && $2 == "main" { print $4 }' | grep -q online; then
  log "starting PostgreSQL $PG_VERSION on 127.0.0.1:$PG_PORT"
  pg_ctlcluster "$PG_VERSION" main start >&2
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
  sleep 0.5
done
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }
psql_admin() { as_postgres psql -v ON_ERROR_STOP=1 -q -p "$PG_PORT" -d postgres "$@"; }
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$PG_ROLE'")" != 1 ]; then
  log "creating role $PG_ROLE"
  psql_admin -c "CREATE ROLE $PG_ROLE LOGIN PASSWORD '$PG_PASSWORD'" >&2
fi
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'")" != 1 ]; then
  log "creating database $PG_DB"
  psql_admin -c "CREATE DATABASE $PG_DB OWNER $PG_ROLE" >&2
fi

# Redis: a loopback-only daemon; BullMQ needs maxmemory-policy noeviction (the Debian default).
if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  log "starting redis-server on 127.0.0.1:$REDIS_PORT"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --maxmemory-policy noeviction \
    --dir /tmp --logfile /tmp/corroborate-redis.log >&2
  for _ in $(seq 1 30); do
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
    sleep 0.2
  done
fi

echo "export CORROBORATE_TEST_PG=postgres://$PG_ROLE:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DB"
echo "export CORROBORATE_TEST_REDIS=redis://127.0.0.1:$REDIS_PORT"
