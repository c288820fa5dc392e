#!/usr/bin/env bash
# The whole test suite: unit tests, then the system tests against the real EAR on a real Liberty
# with the sandbox simulators, first on embedded H2 (with the browser tests), then on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/provision.sh
mvn -B -ntp clean install
mvn -B -ntp -pl liberty-config verify -Ppostgresql
