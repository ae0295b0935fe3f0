#!/usr/bin/env bash
# Validates the JSON documents kansen-json's tests wrote to json/target/schema-corpus against the
# shipped JSON Schema with Ajv (draft 2020-12 + ajv-formats), a consumer kansen did not write.
# Run after `./mvnw verify` (the json module's SchemaTest writes the corpus):
#   bash .ci/ajv.sh
# Every document in valid/ must pass and every one in invalid/ must fail; the last line reads
# "ajv: N passed, M failed". Dependencies come from the npm registry through the committed
# lockfile (npm ci), installed under json/target so the source tree stays clean.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$root/json/src/test/ajv"
work="$root/json/target/ajv-check"
corpus="$root/json/target/schema-corpus"
schema="$root/json/src/main/resources/dev/kansen/json/kansen-programme.schema.json"

if [[ ! -d "$corpus/valid" || ! -d "$corpus/invalid" ]]; then
  echo "ajv: no corpus in $corpus; run ./mvnw verify first" >&2
  exit 2
fi

mkdir -p "$work"
cp "$src/package.json" "$src/package-lock.json" "$src/validate.mjs" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
node "$work/validate.mjs" "$schema" "$corpus"
