#!/bin/sh
# Runs the national benchmark of kansen against Jackson databind into plain classes, measures the
# retained heap and streams ten times the dataset under -Xmx256m; prints a table and writes
# benchmarks/target/ratios.json. --quick: one short fork, under 5 minutes on 2 cores.
# Run from the repository's root:  benchmarks/run.sh --quick
set -eu
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests
exec java -cp benchmarks/target/benchmarks.jar dev.kansen.benchmarks.NationalRatios "$@" benchmarks/target/ratios.json
