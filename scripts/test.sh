#!/usr/bin/env bash
# The whole test suite: unit tests, then the system tests against the real EAR on a real Liberty
# with the sandbox simulators, first on embedded H2 (with the browser tests), then on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/provision.sh
mvn -B -ntp clean install
# The load benchmark (scripts/bench.sh) is not run here, but it must keep compiling.
mvn -B -ntp -f benchmark/pom.xml clean test-compile
mvn -B -ntp -pl liberty-config verify -Ppostgresql
