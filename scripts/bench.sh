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
profiles=benchmark
if [ "${1:-}" = "--postgresql" ]; then
  shift
  bash scripts/provision.sh
  profiles=benchmark,postgresql
fi
mvn -B -ntp -q -DskipTests install
mvn -B -ntp -q -pl liberty-config -P"$profiles" liberty:create liberty:deploy liberty:start
trap 'mvn -B -ntp -q -pl liberty-config liberty:stop' EXIT
log=liberty-config/target/liberty/wlp/usr/servers/threeds/logs/messages.log
admin=$(grep -o 'SANDBOX admin API key (shown once): [^ ]*' "$log" | tail -1 | awk '{print $NF}')
mvn -B -ntp -f benchmark/pom.xml gatling:test -Dgateway.adminKey="$admin" "$@"
