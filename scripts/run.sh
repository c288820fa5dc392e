#!/usr/bin/env bash
# Builds the gateway and runs it in the foreground on http://localhost:9080 with embedded H2 and the
# sandbox simulators. A fresh installation logs its admin, demo merchant and demo auditor keys once.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -ntp -DskipTests package liberty:run
