#!/usr/bin/env bash
# Proves that kansen 0.1.0 (commit 641fc9e) reads every programme kansen ships, written in the current
# wire format, in lenient mode and writes it back with nothing lost. 0.1.0's core and json sources come
# from compat/kansen-0.1.0-src.tar.gz (see compat/README.md), so a shallow clone suffices.
# Never installs anything into ~/.m2: 0.1.0 is built with `package` and used from its target/ jars.
set -euo pipefail
cd "$(dirname "$0")/.."

MVN=(./mvnw -q -B -ntp ${COMPAT_MVN_FLAGS:-})
ARCHIVE=compat/kansen-0.1.0-src.tar.gz
PATHS=(pom.xml .mvn mvnw core/pom.xml core/src/main json/pom.xml json/src/main)

if git rev-parse -q --verify '641fc9e^{commit}' >/dev/null 2>&1; then
  want=$(git archive --format=tar 641fc9e "${PATHS[@]}" | sha256sum | cut -d' ' -f1)
  have=$(gzip -dc "$ARCHIVE" | sha256sum | cut -d' ' -f1)
  if [ "$want" != "$have" ]; then
    echo "$ARCHIVE is not git archive of 641fc9e (tar sha256 $have, expected $want)" >&2
    exit 1
  fi
  echo "$ARCHIVE equals git archive of 641fc9e"
else
  echo "commit 641fc9e is not in this clone (shallow?): archive check skipped"
fi

work=target/compat-0.1.0
rm -rf "$work"
mkdir -p "$work"
tar -xzf "$ARCHIVE" -C "$work"
# 0.1.0's root pom lists examples, cli and benchmarks too; only core and json are archived.
sed -i -E '/<module>(core|json)<\/module>/!{/<module>[^<]*<\/module>/d}' "$work/pom.xml"

echo "building kansen 0.1.0 core and json (package, no install)"
"${MVN[@]}" -f "$work/pom.xml" package org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -DskipTests -Dmaven.javadoc.skip=true \
  -Dmdep.outputFile="$PWD/$work/classpath.txt" -Dmdep.includeScope=runtime
json_jar=$(ls "$work"/json/target/kansen-json-*.jar | grep -v -E 'sources|javadoc' | head -n 1)
core_jar=$(ls "$work"/core/target/kansen-core-*.jar | grep -v -E 'sources|javadoc|tests' | head -n 1)

echo "writing every seed and illustrative programme in the current format"
"${MVN[@]}" -pl examples -am test -Dtest=WireFormatDumpTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true
documents=examples/target/compat-documents

echo "reading each with kansen 0.1.0 (lenient), writing it back, comparing"
java -cp "$json_jar:$core_jar:$(cat "$work/classpath.txt")" compat/RoundTrip010.java "$documents"
