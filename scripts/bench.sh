#!/usr/bin/env bash
# Load benchmark: builds the gateway, starts it in the background (fresh embedded H2, or with
# --postgresql a fresh PostgreSQL database from scripts/provision.sh; sandbox simulators; no rate
# limit), records a JFR profile of the server for the whole run, runs the Gatling simulation
# (benchmark/, CreateSimulation) against it, then stops it and prints the README's table: per level of
# concurrent clients, frictionless creates through the gateway and the same worldline request sent
# straight to the simulator, throughput and p50/p95/p99, and the gateway's overhead (gateway minus direct).
# It measures; it asserts nothing about time (only that no request failed).
# With --audit (after --postgresql, if given), the audit benchmark follows on the same database: the
# server stops, scripts/audit/AuditFixture.java writes AUDIT_AUTHENTICATIONS (default 1,000,000)
# authentications with 5 unsealed audit events each, the server starts again, and
# scripts/audit/AuditMeasurement.java prints a second table: sealing rate, the auditor's queries'
# p50/p95/p99, verify's events/s.
# Further options are passed on to Gatling: -Dlevels=1,4,16,64 -Dseconds=30 (per level and target).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v jq >/dev/null && command -v node >/dev/null \
  || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq nodejs >/dev/null; }
# The server runs with its production defaults, configured as a user would: through the environment.
export THREEDS_PROFILE=sandbox
export THREEDS_RATE_LIMIT_PER_MINUTE=100000000   # one merchant sends the whole load
# 64 clients of one provider: its bulkhead (README, MP Fault Tolerance keys; 50 by default) must not shed them.
export IO_THREEDS_GATEWAY_PROVIDER_WORLDLINE_WORLDLINECALLS_BULKHEAD_VALUE=128
export THREEDS_DATA_DIR; THREEDS_DATA_DIR=$(mktemp -d)
database=h2
audit=false
if [ "${1:-}" = "--postgresql" ]; then shift; database=postgresql; fi
if [ "${1:-}" = "--audit" ]; then shift; audit=true; fi
if [ $database = postgresql ]; then
  bash scripts/provision.sh
  export THREEDS_DB_URL=jdbc:postgresql://localhost:5432/threeds THREEDS_DB_USER=threeds_app \
    THREEDS_DB_PASSWORD=threeds_app THREEDS_DB_OWNER_USER=threeds THREEDS_DB_OWNER_PASSWORD=threeds
fi
mvn -B -ntp -q -DskipTests clean install
# -DskipTests on every liberty goal: without it the system-tests profile writes its test settings (its own
# embedded database among them) into the server's configuration overrides, which win over this environment.
mvn -B -ntp -q -pl liberty-config -DskipTests liberty:create liberty:deploy liberty:start
trap 'mvn -B -ntp -q -pl liberty-config -DskipTests liberty:stop' EXIT
logs=liberty-config/target/liberty/wlp/usr/servers/threeds/logs
# liberty:start returns when the server is up; the application may still be starting (slow on a busy machine).
for _ in $(seq 300); do curl -fs -o /dev/null http://localhost:9080/health/ready && break; sleep 1; done
# install's integration-test phases already started the server once on the same data directory, and the
# demo keys are logged only by the start that creates them: read every log file, rolled ones included.
admin=$(cat "$logs"/messages*.log | grep -o 'SANDBOX admin API key (shown once): [^ ]*' | tail -1 | awk '{print $NF}')
[ -n "$admin" ] || { echo "no admin key in $logs" >&2; exit 1; }
server=$(cat liberty-config/target/liberty/wlp/usr/servers/.pid/threeds.pid)
profile=$PWD/benchmark/target/server-$database.jfr
mkdir -p benchmark/target
jcmd "$server" JFR.start name=bench settings=profile filename="$profile" >/dev/null
seconds=30
for option in "$@"; do case $option in -Dseconds=*) seconds=${option#-Dseconds=};; esac; done
status=0
mvn -B -ntp -f benchmark/pom.xml gatling:test -Dgateway.adminKey="$admin" "$@" || status=$?
jcmd "$server" JFR.stop name=bench >/dev/null
echo "JFR profile of the server: $profile (jfr print --events jdk.ExecutionSample ...)"
# Gatling writes its statistics as a script (js/stats.js, numbers as strings); node turns it into JSON for jq.
report=$(ls -td benchmark/target/gatling/createsimulation-*/ | head -1)
stats=${report}stats.json
node -e 'const fs = require("fs"); eval(fs.readFileSync(process.argv[1], "utf8") + "; globalThis.gatling = stats");
  fs.writeFileSync(process.argv[2], JSON.stringify(gatling))' "${report}js/stats.js" "$stats"
echo
echo "$database, $(nproc) cores, $(date -u +%Y-%m-%d), load before: see uptime; $(uptime | sed 's/.*load/load/')"
jq -r --argjson seconds "$seconds" -f scripts/bench-table.jq "$stats"
if $audit; then
  # Stopped while the fixture is written: the embedded H2 file opens in one process at a time.
  mvn -B -ntp -q -pl liberty-config -DskipTests liberty:stop
  jdbc=liberty-config/target/liberty/wlp/usr/servers/threeds/jdbc
  fixture=$PWD/benchmark/target/audit-fixture.properties
  java -cp "$jdbc/h2.jar:$jdbc/postgresql.jar" scripts/audit/AuditFixture.java \
    --authentications "${AUDIT_AUTHENTICATIONS:-1000000}" --out "$fixture"
  mvn -B -ntp -q -pl liberty-config -DskipTests liberty:start
  server=$(cat liberty-config/target/liberty/wlp/usr/servers/.pid/threeds.pid)
  jcmd "$server" JFR.start name=audit settings=profile filename="${profile%.jfr}-audit.jfr" >/dev/null
  echo "$database, $(nproc) cores, $(date -u +%Y-%m-%d), $(uptime | sed 's/.*load/load/')"
  java scripts/audit/AuditMeasurement.java --url http://localhost:9080 --admin-key "$admin" --fixture "$fixture"
  jcmd "$server" JFR.stop name=audit >/dev/null
  echo "JFR profile of the server while it sealed and answered: ${profile%.jfr}-audit.jfr"
fi
exit $status
