#!/usr/bin/env bash
# Native start-up (docs/benchmarks.md): the Lambda function's bootstrap and the standalone server, each built with
# the native-image kit, started RUNS times; bench/native_startup.py times launch → first answer of the README's
# article example (through a Lambda Runtime API for the bootstrap, over HTTP for the server) and reads the RSS then.
# For comparison the JVM function.zip the same way: its handler under AWS's runtime interface client, as the managed
# java21 runtime runs it (started by a bootstrap script with that runtime's JVM options; JVM_RUNS starts).
#
#   bench/native-startup.sh [--skip-build]
#
# Settings (environment): RUNS (10), JVM_RUNS (5), GRAALVM_HOME (default: what ../shared/native-image/install prints).
# The builds are kept in target/native-startup/{lambda,server,jvm}, since each build replaces target/*-runner.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${RUNS:-10}"
JVM_RUNS="${JVM_RUNS:-5}"
OUT="$PWD/target/native-startup"
RUNNER=tokenomics-1.0.0-SNAPSHOT-runner
HANDLER=io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest

if [[ "${1:-}" != "--skip-build" ]]; then
  GRAALVM_HOME="${GRAALVM_HOME:-$(../shared/native-image/install | tail -1)}"
  rm -rf "$OUT" && mkdir -p "$OUT/lambda" "$OUT/server" "$OUT/jvm"
  ./mvnw -B -q package -DskipTests dependency:copy@runtime-interface-client
  cp target/function.zip "$OUT/jvm/" && cp -r target/runtime-interface-client "$OUT/jvm/"
  for packaging in lambda server; do
    profile=()
    [[ "$packaging" == server ]] && profile=(-Pserver)
    start="$(date +%s)"
    ./mvnw -B -q package "${profile[@]}" -Dnative -DskipTests -Dquarkus.native.graalvm-home="$GRAALVM_HOME"
    echo "$packaging: native build $(( $(date +%s) - start )) s"
    cp "target/$RUNNER" "$OUT/$packaging/"
    [[ "$packaging" == lambda ]] && cp target/function.zip "$OUT/lambda/"
  done
fi
[[ -f "$OUT/lambda/function.zip" && -x "$OUT/server/$RUNNER" && -f "$OUT/jvm/function.zip" ]] \
  || { echo "No builds in $OUT: run without --skip-build" >&2; exit 1; }

(cd "$OUT/lambda" && rm -f bootstrap && unzip -q function.zip bootstrap)
rm -rf "$OUT/jvm/task" && mkdir "$OUT/jvm/task" && (cd "$OUT/jvm/task" && unzip -q ../function.zip)
printf '#!/bin/sh\nexec java -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp %s %s %s\n' \
  "'$OUT/jvm/runtime-interface-client/*'" com.amazonaws.services.lambda.runtime.api.client.AWSLambda "$HANDLER" \
  > "$OUT/jvm/task/bootstrap"
chmod +x "$OUT/jvm/task/bootstrap"

echo "lambda: bootstrap $(stat -c %s "$OUT/lambda/bootstrap") bytes, function.zip $(stat -c %s "$OUT/lambda/function.zip") bytes"
echo "server: executable $(stat -c %s "$OUT/server/$RUNNER") bytes"
echo "jvm: function.zip $(stat -c %s "$OUT/jvm/function.zip") bytes"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/native_startup.py lambda "$OUT/lambda/bootstrap" "$RUNS"
python3 bench/native_startup.py server "$OUT/server/$RUNNER" "$RUNS"
python3 bench/native_startup.py lambda "$OUT/jvm/task/bootstrap" "$JVM_RUNS" | sed 's/^lambda/jvm lambda/'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
