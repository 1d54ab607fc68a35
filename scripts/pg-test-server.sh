#!/usr/bin/env bash
# Sourced by scripts/test: a throw-away PostgreSQL server for the SQL tests.
# initdb + pg_ctl in a temporary directory on a free loopback port; as the
# postgres user when we are root (PostgreSQL refuses to run as root).
# Sets RUNBOOK_TEST_PG; stop_test_pg stops it and removes the directory.
# scripts/test installs PostgreSQL, so there a server that cannot start is an
# error (start_test_pg returns 1).
# Run as a command, for a PostgreSQL test run alone (tests/core/TestPg.h):
#   pg-test-server.sh start      prints RUNBOOK_TEST_PG=… and PG_TEST_DIR=…
#   pg-test-server.sh stop DIR   stops that server and removes DIR

start_test_pg() {
  local pgbin
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
    echo "error: PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb)" >&2
    return 1
  fi
  PG_TEST_DIR=$(mktemp -d /tmp/runbook-pg.XXXXXX)
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_TEST_DIR"
    run=(runuser -u postgres --)
  fi
  local port=""
  for _ in $(seq 1 50); do
    local p=$(( (RANDOM % 20000) + 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
  done
  if [ -z "$port" ]; then
    echo "error: no free loopback port for the PostgreSQL test server" >&2
    return 1
  fi
  if ! "${run[@]}" "$pgbin/initdb" -D "$PG_TEST_DIR/data" -A trust -U runbook >"$PG_TEST_DIR/initdb.log" 2>&1; then
    echo "error: initdb failed:" >&2; cat "$PG_TEST_DIR/initdb.log" >&2
    return 1
  fi
  if ! timeout 90 "${run[@]}" "$pgbin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/server.log" -w -t 60 \
       -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
    echo "error: PostgreSQL did not start:" >&2; cat "$PG_TEST_DIR/server.log" >&2
    return 1
  fi
  PG_TEST_BIN=$pgbin
  PG_TEST_RUN=("${run[@]}")
  export RUNBOOK_TEST_PG="host=127.0.0.1 port=$port user=runbook dbname=postgres"
  echo "PostgreSQL test server on 127.0.0.1:$port"
}

stop_test_pg() {
  if [ -n "${PG_TEST_BIN:-}" ]; then
    "${PG_TEST_RUN[@]}" "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "${PG_TEST_DIR:-}" ]; then rm -rf "$PG_TEST_DIR"; fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    start)
      start_test_pg >&2 || exit 1
      echo "RUNBOOK_TEST_PG=$RUNBOOK_TEST_PG"
      echo "PG_TEST_DIR=$PG_TEST_DIR" ;;
    stop)
      case "${2:-}" in /tmp/runbook-pg.*) ;; *) echo "usage: $0 stop /tmp/runbook-pg.XXXXXX" >&2; exit 2 ;; esac
      PG_TEST_DIR=$2
      PG_TEST_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
      PG_TEST_RUN=()
      if [ "$(id -u)" -eq 0 ]; then PG_TEST_RUN=(runuser -u postgres --); fi
      stop_test_pg ;;
    *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
  esac
fi
