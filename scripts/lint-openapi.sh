#!/usr/bin/env bash
# Lints the OpenAPI document the gateway serves with Spectral's spectral:oas ruleset: zero errors and zero
# warnings, or exit 1. The document is the one OpenApiDocumentIT saved from the running server during the
# system tests (liberty-config/target/openapi.json); pass another file as the first argument.
# Then generates a Java client from it with openapi-generator (scripts/openapi-client) and compiles it.
# Needs Node.js; npx fetches @stoplight/spectral-cli from the npm registry on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
document="${1:-liberty-config/target/openapi.json}"
if [[ ! -s "$document" ]]; then
  echo "lint-openapi: $document is missing: run the system tests (OpenApiDocumentIT) first" >&2
  exit 1
fi
ruleset="$(mktemp --suffix=.yaml)"
trap 'rm -f "$ruleset"' EXIT
echo 'extends: ["spectral:oas"]' > "$ruleset"
npx --yes @stoplight/spectral-cli@6 lint "$document" --ruleset "$ruleset" --fail-severity=warn
# A client generated from the document by openapi-generator (Java, MicroProfile REST Client, JSON-B) compiles.
mvn -B -ntp -q -f scripts/openapi-client/pom.xml clean compile -Dopenapi.document="$(realpath "$document")"
echo "lint-openapi: $document lints clean and generates a Java client that compiles"
