#!/usr/bin/env bash
# The whole test suite: unit tests, then the system tests against the real EAR on a real Liberty
# with the sandbox simulators, first on embedded H2 (with the browser tests), then on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/provision.sh
mvn -B -ntp clean install
# What production deploys: the EAR built without the sandbox profile holds no simulators.
mvn -B -ntp -q -P'!sandbox' -pl ear package -DskipTests
if jar tf ear/target/threeds-ear.ear | grep -q 'threeds-sandbox'; then
  echo "the production EAR (-P!sandbox) still holds the sandbox module" >&2
  exit 1
fi
echo "production EAR: no sandbox module"
# The OpenAPI document the H2 pass saved from the running server (OpenApiDocumentIT), linted with
# Spectral's spectral:oas: zero errors, zero warnings.
bash scripts/lint-openapi.sh
# The load benchmark (scripts/bench.sh) is not run here, but it must keep compiling.
mvn -B -ntp -f benchmark/pom.xml clean test-compile
mvn -B -ntp -pl liberty-config verify -Ppostgresql
# Crash test (scripts/chaos.sh): kill -9 the gateway's JVM under load, restart it on the same database
# and check that nothing acknowledged was lost or duplicated, every in-flight Idempotency-Key resolves
# to one record, the audit chain verifies and every webhook arrives; on embedded H2, then on
# PostgreSQL (its own database, threeds_chaos). Two rounds each here; the script's default is five.
bash scripts/chaos.sh --rounds 2
bash scripts/chaos.sh --postgresql --rounds 2
