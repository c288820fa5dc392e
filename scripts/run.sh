#!/usr/bin/env bash
# Builds the gateway and runs it in the foreground on http://localhost:9080 with its production
# defaults in the sandbox profile (THREEDS_PROFILE=sandbox unless set), the embedded H2 database kept in data/ of this checkout (THREEDS_DATA_DIR to move it;
# THREEDS_DB_URL for PostgreSQL) and the sandbox simulators. A fresh installation logs its admin,
# demo merchant and demo auditor keys once. Every variable of the README's configuration table set
# before this command reaches the server: the build writes no server.env or variable overrides
# (those belong to the test build, profile system-tests, which -DskipTests turns off), and `clean`
# removes any a test run left in the server's folder.
set -euo pipefail
cd "$(dirname "$0")/.."
export THREEDS_PROFILE="${THREEDS_PROFILE:-sandbox}"
export THREEDS_DATA_DIR="${THREEDS_DATA_DIR:-$PWD/data}"
mkdir -p "$THREEDS_DATA_DIR"
exec mvn -B -ntp -DskipTests clean package liberty:run
