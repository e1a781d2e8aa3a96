#!/usr/bin/env bash
# Start-up of the standalone server (docs/benchmarks.md), as the median of RUNS starts of each variant:
#   ready  the time from launching the JVM to the first 200 of /q/health/ready (polled every POLL_SECONDS);
#   first  the first POST /v1/evaluate sent then, its own latency (curl's time_total);
#   total  ready + first: what a client waiting for readiness sees from launch to its first evaluation.
# Variants: JDK 17 (the default JDK) without a cache, JDK 25 without a cache, and JDK 25 with Quarkus's AOT cache
# (JEP 483/514/515) recorded over the integration tests: 65 real requests against the packaged server.
#
#   bench/startup.sh [--skip-build]
#
# The cache is built by `./mvnw verify` on JDK 25 with quarkus.package.jar.aot.* and used with
# `cd target/quarkus-app && java -XX:AOTCache=app.aot -jar quarkus-run.jar`, in place: the application it records
# refers to its files where they were built, so a copy elsewhere fails or, worse, reads the originals. The script
# therefore measures the cache in target/quarkus-app, and leaves that build there.
# Settings (environment): RUNS (5), JDK25 (/usr/lib/jvm/temurin-25-jdk-amd64), JAVA_OPTS (-Xms256m -Xmx256m),
# POLL_SECONDS (0.01; a tighter loop of curl processes takes CPU from the starting server).
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${RUNS:-5}"
JDK25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx256m}"
POLL_SECONDS="${POLL_SECONDS:-0.01}"
BODY_FILE="$PWD/bench/article-example.json"
ATTEMPT_LIMIT=3000
PLAIN_DIR="$PWD/target/startup/plain"
AOT_DIR="$PWD/target"

# Each build starts from an empty quarkus-app: files left by a build of another packaging do not fit together.
if [[ "${1:-}" != "--skip-build" ]]; then
  rm -rf target/startup target/quarkus-app
  ./mvnw -B -q package -Pserver -DskipTests
  mkdir -p "$PLAIN_DIR" && cp -a target/quarkus-app "$PLAIN_DIR/"
  # aot.type=AOT because the project targets Java 17 (Quarkus would fall back to AppCDS); the default phase records
  # the integration tests' run, and the unit tests are not needed for that.
  rm -rf target/quarkus-app
  JAVA_HOME="$JDK25" ./mvnw -B -q verify -Pserver -Dquarkus.package.jar.aot.enabled=true \
    -Dquarkus.package.jar.aot.type=AOT -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false
fi
[[ -f "$AOT_DIR/quarkus-app/app.aot" && -d "$PLAIN_DIR" ]] || { echo "No cache: run without --skip-build" >&2; exit 1; }

server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2> /dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2> /dev/null || true
  fi
  server_pid=""
}
trap stop_server EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# one_start DIR JAVA [JVM OPTIONS...] → "<ms to ready> <ms of the first evaluation>"
one_start() {
  local dir="$1" java="$2" port answer start ready attempts=0
  shift 2
  trap stop_server EXIT # this runs in a subshell, which does not inherit the script's trap
  port="$(free_port)"
  start="$(date +%s%N)"
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  (cd "$dir/quarkus-app" && QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
    exec "$java" $JAVA_OPTS "$@" -jar quarkus-run.jar > "$dir/server.log" 2>&1) &
  server_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    (( ++attempts < ATTEMPT_LIMIT )) || { cat "$dir/server.log" >&2; echo "Not ready: $dir" >&2; exit 1; }
    sleep "$POLL_SECONDS"
  done
  ready="$(date +%s%N)"
  answer="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
    --data-binary "@$BODY_FILE" "http://127.0.0.1:$port/v1/evaluate")"
  [[ "${answer%% *}" == 200 ]] || { cat "$dir/server.log" >&2; echo "First evaluation: $answer" >&2; exit 1; }
  stop_server
  awk -v ready="$(( (ready - start) / 1000 ))" -v request="${answer#* }" \
    'BEGIN { printf "%.0f %.1f\n", ready / 1000, request * 1000 }'
}

median() {
  sort -n | awk '{ values[NR] = $1 } END { print (NR % 2) ? values[(NR + 1) / 2] : (values[NR / 2] + values[NR / 2 + 1]) / 2 }'
}

measure() { # measure LABEL DIR JAVA [JVM OPTIONS...]
  local label="$1" results=() totals
  shift
  for ((run = 0; run < RUNS; run++)); do
    results+=("$(one_start "$@")")
  done
  totals="$(printf '%s\n' "${results[@]}" | awk '{ printf "%.0f\n", $1 + $2 }')"
  printf '  %-32s ready %5s ms, first evaluation %5s ms, total %5s ms (medians; totals: %s); %s\n' "$label" \
    "$(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | median)" \
    "$(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | median)" \
    "$(median <<< "$totals")" "$(paste -sd' ' <<< "$totals")" \
    "$(grep -oE 'started in [0-9.]+s' "$1/server.log")"
}

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //');" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg); $RUNS runs each; options: $JAVA_OPTS"
measure "JDK 17, no cache" "$PLAIN_DIR" java
measure "JDK 25, no cache" "$PLAIN_DIR" "$JDK25/bin/java"
measure "JDK 25, AOT cache" "$AOT_DIR" "$JDK25/bin/java" -XX:AOTCache=app.aot
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
