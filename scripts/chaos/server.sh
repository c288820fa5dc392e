#!/usr/bin/env bash
# Server control for the crash test (scripts/chaos.sh, scripts/chaos/Chaos.java):
#   server.sh start NAME    start one packaged Liberty server and wait until /health/ready answers 200
#   server.sh kill NAME     kill -9 that server's JVM (only it: its pid file, checked against its command line)
#   server.sh stop NAME     stop it (gracefully, else kill -9); quiet when it is not running
#   server.sh db-stop       stop the local PostgreSQL cluster (the database outage)
#   server.sh db-start      start it again and wait until it accepts connections
# Servers are configured only through the environment, which chaos.sh exports (THREEDS_* and
# CHAOS_WLP, CHAOS_HTTP_PORT, CHAOS_HTTPS_PORT). Server "threeds" listens on CHAOS_HTTP_PORT,
# "threeds2" on the port after it.
set -euo pipefail

wlp=${CHAOS_WLP:?CHAOS_WLP: the Liberty installation (liberty-config/target/liberty/wlp)}

# The port offset of a server: threeds -> 0, threeds2 -> 1.
offset() {
  case "$1" in
    threeds) echo 0 ;;
    threeds2) echo 1 ;;
    *) echo "server.sh: unknown server $1" >&2; exit 2 ;;
  esac
}

port() { echo $(( ${CHAOS_HTTP_PORT:-9180} + $(offset "$1") )); }

# The pid of server NAME's JVM, or nothing: Liberty's pid file, trusted only when that process is
# this installation's ws-server.jar running exactly this server (never another checkout's threeds).
pid_of() {
  local file="$wlp/usr/servers/.pid/$1.pid" pid
  [ -f "$file" ] || return 0
  pid=$(tr -dc 0-9 < "$file")
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 0
  local args; args=$(tr '\0' '\n' < "/proc/$pid/cmdline")
  grep -qxF -- "$wlp/bin/tools/ws-server.jar" <<<"$args" || return 0
  [ "$(tail -n 1 <<<"$args")" = "$1" ] || return 0
  echo "$pid"
}

wait_ready() {
  local url="http://localhost:$(port "$1")/health/ready" deadline=$((SECONDS + ${CHAOS_READY_TIMEOUT:-180}))
  while [ "$SECONDS" -lt "$deadline" ]; do
    [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$url" || true)" = 200 ] && return 0
    [ -n "$(pid_of "$1")" ] || { echo "server.sh: $1 died while starting" >&2; return 1; }
    sleep 1
  done
  echo "server.sh: $1 not ready at $url after ${CHAOS_READY_TIMEOUT:-180} s" >&2
  return 1
}

start() {
  local name=$1 http https
  http=$(port "$name")
  https=$(( ${CHAOS_HTTPS_PORT:-9543} + $(offset "$name") ))
  if [ -n "$(pid_of "$name")" ]; then echo "server.sh: $name is already running" >&2; return 1; fi
  # `server start` returns when Liberty reports started, or gives up waiting on a slow start; readiness
  # is what counts, so its exit code is only reported.
  THREEDS_HTTP_PORT=$http THREEDS_HTTPS_PORT=$https THREEDS_PUBLIC_BASE_URL="http://localhost:$http" \
    "$wlp/bin/server" start "$name" >/dev/null || echo "server.sh: 'server start $name' exited $? (waiting for readiness)" >&2
  wait_ready "$name"
}

kill9() {
  local pid; pid=$(pid_of "$1")
  [ -n "$pid" ] || { echo "server.sh: $1 is not running" >&2; return 1; }
  kill -9 "$pid"
  for _ in $(seq 1 100); do [ -d "/proc/$pid" ] || { echo "$pid"; return 0; }; sleep 0.1; done
  echo "server.sh: pid $pid still there after kill -9" >&2
  return 1
}

stop() {
  [ -n "$(pid_of "$1")" ] || return 0
  timeout 60 "$wlp/bin/server" stop "$1" >/dev/null 2>&1 || true
  local pid; pid=$(pid_of "$1")
  if [ -n "$pid" ]; then kill -9 "$pid"; fi
}

pg_version() { ls /usr/lib/postgresql | sort -n | tail -1; }

# Refuses while anyone else uses PostgreSQL (a test suite on database threeds), unless CHAOS_FORCE_OUTAGE=1.
db_stop() {
  local others
  others=$(su postgres -c "psql -qtAc \"SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' \
    AND pid <> pg_backend_pid() AND datname IS DISTINCT FROM 'threeds_chaos'\"")
  if [ "$others" != 0 ] && [ "${CHAOS_FORCE_OUTAGE:-}" != 1 ]; then
    echo "server.sh: $others other connection(s) to PostgreSQL: not stopping it under them" >&2
    return 1
  fi
  pg_ctlcluster "$(pg_version)" main stop
}

db_start() {
  pg_ctlcluster "$(pg_version)" main start
  for _ in $(seq 1 60); do su postgres -c "pg_isready -q" && return 0; sleep 1; done
  echo "server.sh: PostgreSQL did not come back" >&2
  return 1
}

case "${1:-}" in
  start) start "$2" ;;
  kill) kill9 "$2" ;;
  stop) stop "$2" ;;
  pid) pid_of "$2" ;;
  db-stop) db_stop ;;
  db-start) db_start ;;
  *) echo "usage: server.sh start|kill|stop|pid NAME | db-stop | db-start" >&2; exit 2 ;;
esac
