#!/usr/bin/env bash
# Sourced by scripts/test: Debian's Pushgateway, Prometheus and Alertmanager on
# free loopback ports, their data in a temporary folder — the real servers the
# Prometheus and Alertmanager tests talk to. Prometheus scrapes the
# Pushgateway every second and evaluates tests/data/prometheus/rules.yml every
# second; what fires goes to the Alertmanager. Tests push their own values
# (each under its own job and labels, so tests running at once never meet).
# Sets RUNBOOK_TEST_PROMETHEUS, RUNBOOK_TEST_ALERTMANAGER, RUNBOOK_TEST_PUSHGATEWAY
# (http://127.0.0.1:PORT); stop_test_prom stops them and removes the folder.
# A second Prometheus, RUNBOOK_TEST_PROMETHEUS_AUTH, asks for basic auth (user
# runbook, a password made up here, kept in the file named by
# RUNBOOK_TEST_PROMETHEUS_AUTH_FILE, mode 600 — never in the environment).
# Run as a command, for one of those tests run alone:
#   prom-test-servers.sh start      prints the three variables and PROM_TEST_DIR=…
#   prom-test-servers.sh stop DIR   stops those servers and removes DIR

_prom_free_port() {
  for _ in $(seq 1 50); do
    local p=$(( (RANDOM % 20000) + 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}

_prom_wait_ready() { # URL NAME LOG
  for _ in $(seq 1 150); do
    if curl -fsS -o /dev/null "$1/-/ready" 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  echo "error: $2 did not become ready at $1:" >&2; tail -n 20 "$3" >&2
  return 1
}

start_test_prom() {
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  for b in prometheus prometheus-alertmanager prometheus-pushgateway curl htpasswd; do
    if ! command -v "$b" >/dev/null; then echo "error: $b is not installed" >&2; return 1; fi
  done
  PROM_TEST_DIR=$(mktemp -d /tmp/runbook-prom.XXXXXX)
  local pg pr am pa
  pg=$(_prom_free_port) && pr=$(_prom_free_port) && am=$(_prom_free_port) && pa=$(_prom_free_port) || { echo "error: no free loopback port" >&2; return 1; }
  (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$PROM_TEST_DIR/auth-password")
  printf 'basic_auth_users:\n  runbook: %s\n' "$(htpasswd -nbBC 6 runbook "$(cat "$PROM_TEST_DIR/auth-password")" | cut -d: -f2-)" >"$PROM_TEST_DIR/web-auth.yml"
  # Both Prometheus servers scrape the Pushgateway; only the first has the rules and the Alertmanager.
  local scrape="scrape_configs:
  - job_name: pushgateway
    honor_labels: true
    static_configs:
      - targets: ['127.0.0.1:$pg']"
  printf 'global:\n  scrape_interval: 1s\n%s\n' "$scrape" >"$PROM_TEST_DIR/prometheus-auth.yml"
  cat >"$PROM_TEST_DIR/alertmanager.yml" <<EOF
route:
  receiver: runbook-tests
  group_by: ['alertname', 'pod']
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: runbook-tests
EOF
  cat >"$PROM_TEST_DIR/prometheus.yml" <<EOF
global:
  scrape_interval: 1s
  evaluation_interval: 1s
rule_files:
  - $root/tests/data/prometheus/rules.yml
alerting:
  alertmanagers:
    - static_configs:
        - targets: ['127.0.0.1:$am']
$scrape
EOF
  prometheus-pushgateway --web.listen-address="127.0.0.1:$pg" >"$PROM_TEST_DIR/pushgateway.log" 2>&1 &
  echo $! >"$PROM_TEST_DIR/pushgateway.pid"
  prometheus-alertmanager --config.file="$PROM_TEST_DIR/alertmanager.yml" --storage.path="$PROM_TEST_DIR/am" \
    --web.listen-address="127.0.0.1:$am" --cluster.listen-address= >"$PROM_TEST_DIR/alertmanager.log" 2>&1 &
  echo $! >"$PROM_TEST_DIR/alertmanager.pid"
  prometheus --config.file="$PROM_TEST_DIR/prometheus.yml" --storage.tsdb.path="$PROM_TEST_DIR/tsdb" \
    --web.listen-address="127.0.0.1:$pr" --rules.alert.resend-delay=1s >"$PROM_TEST_DIR/prometheus.log" 2>&1 &
  echo $! >"$PROM_TEST_DIR/prometheus.pid"
  prometheus --config.file="$PROM_TEST_DIR/prometheus-auth.yml" --storage.tsdb.path="$PROM_TEST_DIR/tsdb-auth" \
    --web.listen-address="127.0.0.1:$pa" --web.config.file="$PROM_TEST_DIR/web-auth.yml" >"$PROM_TEST_DIR/prometheus-auth.log" 2>&1 &
  echo $! >"$PROM_TEST_DIR/prometheus-auth.pid"
  _prom_wait_ready "http://127.0.0.1:$pg" Pushgateway "$PROM_TEST_DIR/pushgateway.log" || return 1
  _prom_wait_ready "http://127.0.0.1:$am" Alertmanager "$PROM_TEST_DIR/alertmanager.log" || return 1
  _prom_wait_ready "http://127.0.0.1:$pr" Prometheus "$PROM_TEST_DIR/prometheus.log" || return 1
  for _ in $(seq 1 150); do # ready once it asks for the password
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$pa/-/ready")" = 401 ] && break
    sleep 0.2
  done
  export RUNBOOK_TEST_PROMETHEUS_AUTH="http://127.0.0.1:$pa"
  export RUNBOOK_TEST_PROMETHEUS_AUTH_FILE="$PROM_TEST_DIR/auth-password"
  export RUNBOOK_TEST_PUSHGATEWAY="http://127.0.0.1:$pg"
  export RUNBOOK_TEST_PROMETHEUS="http://127.0.0.1:$pr"
  export RUNBOOK_TEST_ALERTMANAGER="http://127.0.0.1:$am"
  echo "Prometheus test servers: Prometheus $RUNBOOK_TEST_PROMETHEUS, Alertmanager $RUNBOOK_TEST_ALERTMANAGER, Pushgateway $RUNBOOK_TEST_PUSHGATEWAY"
}

stop_test_prom() {
  if [ -n "${PROM_TEST_DIR:-}" ] && [ -d "$PROM_TEST_DIR" ]; then
    for s in prometheus prometheus-auth alertmanager pushgateway; do
      if [ -f "$PROM_TEST_DIR/$s.pid" ]; then kill "$(cat "$PROM_TEST_DIR/$s.pid")" 2>/dev/null || true; fi
    done
    for s in prometheus prometheus-auth alertmanager pushgateway; do
      if [ -f "$PROM_TEST_DIR/$s.pid" ]; then
        local pid; pid=$(cat "$PROM_TEST_DIR/$s.pid")
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
      fi
    done
    rm -rf "$PROM_TEST_DIR"
  fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  case "${1:-}" in
    start)
      start_test_prom >&2 || { stop_test_prom; exit 1; }
      echo "RUNBOOK_TEST_PROMETHEUS=$RUNBOOK_TEST_PROMETHEUS"
      echo "RUNBOOK_TEST_ALERTMANAGER=$RUNBOOK_TEST_ALERTMANAGER"
      echo "RUNBOOK_TEST_PUSHGATEWAY=$RUNBOOK_TEST_PUSHGATEWAY"
      echo "RUNBOOK_TEST_PROMETHEUS_AUTH=$RUNBOOK_TEST_PROMETHEUS_AUTH"
      echo "RUNBOOK_TEST_PROMETHEUS_AUTH_FILE=$RUNBOOK_TEST_PROMETHEUS_AUTH_FILE"
      echo "PROM_TEST_DIR=$PROM_TEST_DIR" ;;
    stop)
      case "${2:-}" in /tmp/runbook-prom.*) ;; *) echo "usage: $0 stop /tmp/runbook-prom.XXXXXX" >&2; exit 2 ;; esac
      PROM_TEST_DIR=$2
      stop_test_prom ;;
    *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
  esac
fi
