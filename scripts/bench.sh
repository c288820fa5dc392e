#!/usr/bin/env bash
# Load benchmark: builds the gateway, starts it in the background (fresh embedded H2, or with
# --postgresql a fresh PostgreSQL database from scripts/provision.sh; sandbox simulators; no rate
# limit), runs the Gatling simulation (benchmark/) against it, then stops it. Gatling prints latency
# percentiles and throughput and writes its HTML report under benchmark/target/gatling/.
# It measures; it asserts nothing about time (only that no request failed).
# Other options are passed on to Gatling: -Dusers=8 (concurrent frictionless clients; a quarter as
# many start challenges) -Dseconds=60 (after a 10-second ramp).
set -euo pipefail
cd "$(dirname "$0")/.."
# The server runs with its production defaults, configured as a user would: through the environment.
export THREEDS_PROFILE=sandbox
export THREEDS_RATE_LIMIT_PER_MINUTE=100000000   # one merchant sends the whole load
export THREEDS_DATA_DIR; THREEDS_DATA_DIR=$(mktemp -d)
if [ "${1:-}" = "--postgresql" ]; then
  shift
  bash scripts/provision.sh
  export THREEDS_DB_URL=jdbc:postgresql://localhost:5432/threeds THREEDS_DB_USER=threeds_app \
    THREEDS_DB_PASSWORD=threeds_app THREEDS_DB_OWNER_USER=threeds THREEDS_DB_OWNER_PASSWORD=threeds
fi
mvn -B -ntp -q -DskipTests clean install
mvn -B -ntp -q -pl liberty-config -DskipTests liberty:create liberty:deploy liberty:start
trap 'mvn -B -ntp -q -pl liberty-config liberty:stop' EXIT
log=liberty-config/target/liberty/wlp/usr/servers/threeds/logs/messages.log
admin=$(grep -o 'SANDBOX admin API key (shown once): [^ ]*' "$log" | tail -1 | awk '{print $NF}')
mvn -B -ntp -f benchmark/pom.xml gatling:test -Dgateway.adminKey="$admin" "$@"
