#!/usr/bin/env bash
# Starts or stops the project's own PostgreSQL cluster (Debian's server binaries) on loopback.
# Usage: postgres.sh start|stop|createdb NAME|dropdb NAME
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"
data="$MC_STATE/postgres/data"
run="$MC_STATE/postgres/run"

as_postgres() { runuser -u postgres -- "$@"; }
psql_admin() { as_postgres "$MC_PG_BIN/psql" -h 127.0.0.1 -p "$MC_PG_PORT" -U postgres -d postgres -qtA "$@"; }

ensure_database() {
  local db="$1"
  if [ "$(psql_admin -c "select 1 from pg_database where datname = '$db'")" != "1" ]; then
    psql_admin -c "create database \"$db\" owner modelcraft" >/dev/null
  fi
}

drop_database() {
  [ "$1" != "$MC_PG_DB" ] || { log "refusing to drop the main database $MC_PG_DB"; exit 2; }
  psql_admin -c "drop database if exists \"$1\" with (force)" >/dev/null
}

start() {
  mkdir -p "$MC_STATE/postgres"
  install -d -m 0700 -o postgres -g postgres "$data"
  install -d -o postgres -g postgres "$run"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_postgres "$MC_PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  if ! as_postgres "$MC_PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    # fsync and synchronous_commit off: for this local run and CI only, never for a deployment (README).
    as_postgres "$MC_PG_BIN/pg_ctl" -D "$data" -l "$run/server.log" -w start \
      -o "-p $MC_PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$run -c max_connections=200 -c fsync=off -c synchronous_commit=off" >/dev/null
  fi
  wait_for psql_admin -c 'select 1'
  if [ "$(psql_admin -c "select 1 from pg_roles where rolname = 'modelcraft'")" != "1" ]; then
    psql_admin -c "create role modelcraft login password 'modelcraft'" >/dev/null
  fi
  ensure_database "$MC_PG_DB"
  log "PostgreSQL up on 127.0.0.1:$MC_PG_PORT (database $MC_PG_DB)"
}

stop() {
  if [ -f "$data/PG_VERSION" ]; then
    as_postgres "$MC_PG_BIN/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  createdb) ensure_database "$2" ;;
  dropdb) drop_database "${2:?a database name}" ;;
  *) echo "usage: $0 start|stop|createdb NAME|dropdb NAME" >&2; exit 2 ;;
esac
