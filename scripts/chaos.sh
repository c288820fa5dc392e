#!/usr/bin/env bash
# Crash test: proves that the gateway loses nothing it acknowledged when its JVM is killed with
# kill -9 under load. Builds once, starts the packaged Liberty server in the background (configured
# only through THREEDS_* environment variables, on its own ports and a fresh database), then
# scripts/chaos/Chaos.java loads it, kills it, restarts it on the same database and checks, each
# round: every 201 reads back unchanged, every request left without an answer resolves (retried with
# its Idempotency-Key) to exactly one record, the audit chain verifies, and every acknowledged
# authentication reaches the merchant's webhook receiver. One summary line per round, a total line;
# exit status 1 when anything was lost, duplicated, unresolved, unverifiable or undelivered.
#
#   scripts/chaos.sh [--h2 | --postgresql | --two-instances | --db-outage] [--rounds N] [--clients C] [--seed S]
#
#   --h2              embedded H2 in a temporary data folder (default)
#   --postgresql      a fresh PostgreSQL database threeds_chaos (owner threeds, the gateway as threeds_app)
#   --two-instances   PostgreSQL, a second server threeds2 on the next port; both loaded round-robin,
#                     one of them killed at random each round while the other keeps serving
#   --db-outage       PostgreSQL; PostgreSQL itself is stopped for 30 s under load (default 1 round):
#                     reports how requests fail meanwhile and fails if the gateway does not serve
#                     again, without a restart, within 60 s of PostgreSQL's return
#   --rounds N (5), --clients C (8 client threads), --seed S (the random kill times and victims)
# PostgreSQL modes start PostgreSQL and create the roles threeds and threeds_app when missing, as
# scripts/provision.sh does, but never touch the database threeds (the test suite's). --db-outage
# refuses to stop PostgreSQL while anyone else is connected to it (CHAOS_FORCE_OUTAGE=1 to insist).
# Ports: CHAOS_HTTP_PORT (9180; threeds2 the next) and CHAOS_HTTPS_PORT (9543). A server must answer
# /health/ready within CHAOS_READY_TIMEOUT seconds of starting (180). CHAOS_SKIP_BUILD=1 reuses the
# server of the previous build (while working on this script).
# Every server it started is stopped on exit, failure included.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

mode=h2 rounds= clients=8 seed=
while [ $# -gt 0 ]; do
  case "$1" in
    --h2|--postgresql|--two-instances|--db-outage) mode=${1#--} ;;
    --rounds) rounds=$2; shift ;;
    --clients) clients=$2; shift ;;
    --seed) seed=$2; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "chaos: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$rounds" ]; then
  if [ "$mode" = db-outage ]; then rounds=1; else rounds=5; fi
fi
for n in "$rounds" "$clients"; do
  [[ $n =~ ^[1-9][0-9]{0,2}$ ]] || { echo "chaos: --rounds and --clients take 1 to 999" >&2; exit 2; }
done

export CHAOS_WLP=$root/liberty-config/target/liberty/wlp
export CHAOS_HTTP_PORT=${CHAOS_HTTP_PORT:-9180} CHAOS_HTTPS_PORT=${CHAOS_HTTPS_PORT:-9543}
control=$root/scripts/chaos/server.sh
servers=(threeds)
[ "$mode" = two-instances ] && servers+=(threeds2)
log_of() { echo "$CHAOS_WLP/usr/servers/$1/logs/messages.log"; }
pg_version() { ls /usr/lib/postgresql | sort -n | tail -1; }
psql_admin() { su postgres -c "PGOPTIONS=--client-min-messages=warning psql -v ON_ERROR_STOP=1 -qtAc \"$1\""; }

# On any exit: stop our servers (only ours: server.sh checks the pid against this checkout's
# installation), bring PostgreSQL back if the outage left it down, show the servers' errors on failure.
outage_started=false
cleanup() {
  local rc=$?
  trap - EXIT
  for name in threeds threeds2; do bash "$control" stop "$name" || true; done
  if $outage_started && ! su postgres -c "pg_isready -q" 2>/dev/null; then
    echo "chaos: starting PostgreSQL again"
    bash "$control" db-start || true
  fi
  if [ "$rc" != 0 ]; then
    for name in "${servers[@]}"; do
      logs=$(dirname "$(log_of "$name")")
      errors=$(grep -h ' E ' "$logs"/messages*.log 2>/dev/null | tail -15 | cut -c1-400 || true)
      [ -z "$errors" ] || printf 'chaos: errors in %s logs (last 15; all in %s):\n%s\n' "$name's" "$logs" "$errors"
    done
    if [ -n "${THREEDS_DB_URL:-}" ]; then echo "chaos: database threeds_chaos kept (dropped by the next run)"
    elif [ -n "${THREEDS_DATA_DIR:-}" ]; then echo "chaos: data kept in $THREEDS_DATA_DIR"; fi
  fi
  # The H2 data is kept only to look into a failure; on PostgreSQL the folder was never used.
  if [ -n "${THREEDS_DATA_DIR:-}" ] && { [ "$rc" = 0 ] || [ -n "${THREEDS_DB_URL:-}" ]; }; then
    rm -rf "$THREEDS_DATA_DIR"
  fi
  echo "chaos: $mode, exit $rc after $SECONDS s"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A left-over server of an interrupted run would hold the ports and its files: stop it first.
for name in threeds threeds2; do bash "$control" stop "$name"; done
for port in "$CHAOS_HTTP_PORT" $((CHAOS_HTTP_PORT + 1)); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "chaos: port $port is in use; set CHAOS_HTTP_PORT to free ones" >&2
    exit 1
  fi
done

if [ "${CHAOS_SKIP_BUILD:-}" = 1 ] && [ -x "$CHAOS_WLP/bin/server" ]; then
  echo "chaos: CHAOS_SKIP_BUILD=1: using the server built before"
else
  echo "chaos: building"
  mvn -B -ntp -q -Dstyle.color=never -DskipTests clean package liberty:create liberty:deploy
fi

# The servers' whole configuration: environment variables (server.sh adds the ports and public URL).
THREEDS_DATA_DIR=$(mktemp -d /tmp/threeds-chaos.XXXXXX)
THREEDS_ADMIN_API_KEY="tds_a_$(head -c 32 /dev/urandom | base64 -w0 | tr '+/' '-_' | tr -d '=')"
export THREEDS_DATA_DIR THREEDS_ADMIN_API_KEY
export THREEDS_PROFILE=sandbox
export THREEDS_RATE_LIMIT_PER_MINUTE=100000000   # one merchant sends the whole load

if [ "$mode" != h2 ]; then
  # PostgreSQL running with the gateway's roles, as scripts/provision.sh leaves it, but without
  # provision.sh itself: that drops and recreates the database threeds, which the test suite owns.
  if ! command -v pg_ctlcluster >/dev/null; then
    echo "chaos: installing postgresql from Debian"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
    pg_lsclusters -h | grep -q . || pg_createcluster "$(pg_version)" main >/dev/null
    pg_ctlcluster "$(pg_version)" main start
  fi
  for _ in $(seq 1 30); do su postgres -c "pg_isready -q" && break; sleep 1; done
  for role in threeds threeds_app; do
    [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname='$role'")" = 1 ] \
      || psql_admin "CREATE ROLE $role LOGIN PASSWORD '$role'"
  done
  if [ "$mode" = db-outage ] && [ "${CHAOS_FORCE_OUTAGE:-}" != 1 ]; then
    # Stopping PostgreSQL would break whoever else uses it now (a test suite on database threeds).
    others=$(psql_admin "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' \
      AND pid <> pg_backend_pid() AND datname IS DISTINCT FROM 'threeds_chaos'")
    if [ "$others" != 0 ]; then
      echo "chaos: $others other connection(s) to PostgreSQL: not stopping it under them (CHAOS_FORCE_OUTAGE=1 to insist)" >&2
      exit 1
    fi
  fi
  psql_admin "DROP DATABASE IF EXISTS threeds_chaos WITH (FORCE)"
  psql_admin "CREATE DATABASE threeds_chaos OWNER threeds"
  export THREEDS_DB_URL=jdbc:postgresql://localhost:5432/threeds_chaos \
    THREEDS_DB_USER=threeds_app THREEDS_DB_PASSWORD=threeds_app \
    THREEDS_DB_OWNER_USER=threeds THREEDS_DB_OWNER_PASSWORD=threeds
fi

if [ "$mode" = two-instances ]; then
  # The same server configuration, without the first one's logs, work area, transaction log or data.
  src=$CHAOS_WLP/usr/servers/threeds dst=$CHAOS_WLP/usr/servers/threeds2
  rm -rf "$dst"
  mkdir -p "$dst"
  (cd "$src" && tar --exclude=./logs --exclude=./workarea --exclude=./tranlog --exclude=./data -cf - .) | (cd "$dst" && tar -xf -)
fi

echo "chaos: starting ${servers[*]} ($mode, data in ${THREEDS_DB_URL:-$THREEDS_DATA_DIR})"
# The first start migrates the schema: start one server alone, then the others.
bash "$control" start "${servers[0]}"
for name in "${servers[@]:1}"; do bash "$control" start "$name"; done

targets=threeds=http://localhost:$CHAOS_HTTP_PORT
[ "$mode" = two-instances ] && targets+=,threeds2=http://localhost:$((CHAOS_HTTP_PORT + 1))
kind=kill
[ "$mode" = db-outage ] && { kind=db-outage; outage_started=true; }
java scripts/chaos/Chaos.java --servers "$targets" --control "$control" --mode "$kind" \
  --rounds "$rounds" --clients "$clients" ${seed:+--seed "$seed"}
