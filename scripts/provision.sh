#!/usr/bin/env bash
# Installs and starts what the test suite needs on a fresh machine of this kind (Debian, root):
# headless Chromium + chromedriver for the browser tests, Node.js for the OpenAPI lint, and a running PostgreSQL with the
# gateway's roles and database. Fails loudly when something cannot be had: no test skips silently.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "provision: installing chromium and chromium-driver from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
command -v chromium >/dev/null && command -v chromedriver >/dev/null \
  || { echo "provision: chromium/chromedriver missing after install" >&2; exit 1; }

# Node.js for the OpenAPI lint (scripts/lint-openapi.sh runs Spectral through npx).
if ! command -v npx >/dev/null; then
  echo "provision: installing nodejs and npm from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
command -v npx >/dev/null || { echo "provision: npx missing after install" >&2; exit 1; }

if ! command -v pg_ctlcluster >/dev/null; then
  echo "provision: installing postgresql from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  pg_lsclusters -h | grep -q . || as_root pg_createcluster "$version" main >/dev/null
  as_root pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
  as_root su postgres -c "pg_isready -q" && break
  sleep 1
done
as_root su postgres -c "pg_isready -q" || { echo "provision: PostgreSQL did not start" >&2; exit 1; }

psql_admin() { as_root su postgres -c "psql -v ON_ERROR_STOP=1 -qtAc \"$1\""; }
# threeds owns the schema (Flyway migrates as it); the gateway connects as threeds_app, which the
# migrations grant only what it needs: no UPDATE or DELETE on the audit trail.
for role in threeds threeds_app; do
  [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname='$role'")" = 1 ] \
    || psql_admin "CREATE ROLE $role LOGIN PASSWORD '$role'"
done
# A fresh database each run: the PostgreSQL suite starts from an empty schema, as on a new installation.
psql_admin "DROP DATABASE IF EXISTS threeds"
psql_admin "CREATE DATABASE threeds OWNER threeds"
echo "provision: chromium $(chromium --version | awk '{print $2}'), PostgreSQL $version ready"
