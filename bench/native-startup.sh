#!/usr/bin/env bash
# Native start-up (docs/benchmarks.md): the Lambda function's bootstrap and the standalone server, each built with
# the native-image kit, started RUNS times; bench/native_startup.py times launch → first answer of the README's
# article example (through a Lambda Runtime API for the bootstrap, over HTTP for the server) and reads the RSS then.
#
#   bench/native-startup.sh [--skip-build]
#
# Settings (environment): RUNS (10), GRAALVM_HOME (default: what ../shared/native-image/install prints).
# The builds are kept in target/native-startup/{lambda,server}, since each native build replaces target/*-runner.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${RUNS:-10}"
OUT="$PWD/target/native-startup"

if [[ "${1:-}" != "--skip-build" ]]; then
  GRAALVM_HOME="${GRAALVM_HOME:-$(../shared/native-image/install | tail -1)}"
  rm -rf "$OUT" && mkdir -p "$OUT/lambda" "$OUT/server"
  for packaging in lambda server; do
    profile=()
    [[ "$packaging" == server ]] && profile=(-Pserver)
    start="$(date +%s)"
    ./mvnw -B -q package "${profile[@]}" -Dnative -DskipTests -Dquarkus.native.graalvm-home="$GRAALVM_HOME"
    echo "$packaging: native build $(( $(date +%s) - start )) s"
    cp target/tokenomics-1.0.0-SNAPSHOT-runner "$OUT/$packaging/"
    [[ "$packaging" == lambda ]] && cp target/function.zip "$OUT/lambda/"
  done
fi
[[ -f "$OUT/lambda/function.zip" && -x "$OUT/server/tokenomics-1.0.0-SNAPSHOT-runner" ]] \
  || { echo "No builds in $OUT: run without --skip-build" >&2; exit 1; }

(cd "$OUT/lambda" && rm -f bootstrap && unzip -q function.zip bootstrap)
echo "lambda: bootstrap $(stat -c %s "$OUT/lambda/bootstrap") bytes, function.zip $(stat -c %s "$OUT/lambda/function.zip") bytes"
echo "server: executable $(stat -c %s "$OUT/server/tokenomics-1.0.0-SNAPSHOT-runner") bytes"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/native_startup.py lambda "$OUT/lambda/bootstrap" "$RUNS"
python3 bench/native_startup.py server "$OUT/server/tokenomics-1.0.0-SNAPSHOT-runner" "$RUNS"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
