#!/usr/bin/env bash
# Proves kansen's published coordinates from the outside: installs the kansen artifacts into the
# local Maven repository, then builds and runs examples/consumer, a standalone Maven project that
# depends only on dev.kansen:kansen-core and dev.kansen:kansen-json.
#
# Extra Maven arguments go in MAVEN_ARGS, which Maven (3.9+) adds to every command itself, e.g.
#   MAVEN_ARGS="-Dmaven.repo.local=/tmp/m2-consumer -Dmaven.repo.local.tail=$HOME/.m2/repository" .ci/consumer.sh
# installs into a scratch repository instead of ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."

MVN_FLAGS=(-q -B -ntp -Dstyle.color=never)

echo "== install kansen (tests skipped) =="
./mvnw "${MVN_FLAGS[@]}" install -DskipTests

echo "== build and run examples/consumer =="
passed=0
failed=0
if ./mvnw "${MVN_FLAGS[@]}" -f examples/consumer/pom.xml clean package exec:java; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi

echo "consumer: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
