#!/usr/bin/env bash
# Start-up of the standalone server (docs/benchmarks.md): the time from launching the JVM to the first successful
# POST /v1/evaluate (curl in a tight loop), and that first request's own latency, as the median of RUNS starts, for:
#   JDK 17 (the default JDK) without a cache, JDK 25 without a cache, and JDK 25 with Quarkus's AOT cache (JEP 483/514).
#
#   bench/startup.sh [--skip-build]
#
# The AOT cache is built by Quarkus during packaging (quarkus.package.jar.aot.*, which needs Maven to run on JDK 25) and
# used with `cd <app>/quarkus-app && java -XX:AOTCache=app.aot -jar quarkus-run.jar`.
# Settings (environment): RUNS (5), JDK25 (/usr/lib/jvm/temurin-25-jdk-amd64), JAVA_OPTS (-Xms256m -Xmx256m).
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS="${RUNS:-5}"
JDK25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx256m}"
BODY_FILE="$PWD/bench/article-example.json"
ATTEMPT_LIMIT=3000
PLAIN_DIR="$PWD/target/startup/plain"
AOT_DIR="$PWD/target/startup/aot"

if [[ "${1:-}" != "--skip-build" ]]; then
  rm -rf target/startup
  ./mvnw -B -q package -Pserver -DskipTests
  mkdir -p "$PLAIN_DIR" && cp -a target/quarkus-app "$PLAIN_DIR/"
  # phase=build: Quarkus starts the application once at the end of the build and records what it loads.
  JAVA_HOME="$JDK25" ./mvnw -B -q package -Pserver -DskipTests -Dquarkus.package.jar.aot.enabled=true \
    -Dquarkus.package.jar.aot.type=AOT -Dquarkus.package.jar.aot.phase=BUILD
  mkdir -p "$AOT_DIR" && cp -a target/quarkus-app "$AOT_DIR/"
  # Leave the ordinary server build in target/ for bench/load.sh --skip-build.
  ./mvnw -B -q package -Pserver -DskipTests
fi
[[ -f "$AOT_DIR/quarkus-app/app.aot" ]] || { echo "No AOT cache: run without --skip-build" >&2; exit 1; }

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

# one_start DIR JAVA [JVM OPTIONS...] → "<ms to the first 200> <ms of that request>"
one_start() {
  local dir="$1" java="$2" port answer start end attempts=0
  shift 2
  port="$(free_port)"
  start="$(date +%s%N)"
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  (cd "$dir/quarkus-app" && QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
    exec "$java" $JAVA_OPTS "$@" -jar quarkus-run.jar > "$dir/server.log" 2>&1) &
  server_pid=$!
  while :; do
    answer="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
      --data-binary "@$BODY_FILE" "http://127.0.0.1:$port/v1/evaluate" || true)"
    [[ "${answer%% *}" == 200 ]] && break
    (( ++attempts < ATTEMPT_LIMIT )) || { cat "$dir/server.log" >&2; echo "No answer from $dir" >&2; exit 1; }
  done
  end="$(date +%s%N)"
  stop_server
  awk -v total="$(( (end - start) / 1000 ))" -v request="${answer#* }" \
    'BEGIN { printf "%.0f %.1f\n", total / 1000, request * 1000 }'
}

median() {
  sort -n | awk '{ values[NR] = $1 } END { print (NR % 2) ? values[(NR + 1) / 2] : (values[NR / 2] + values[NR / 2 + 1]) / 2 }'
}

measure() { # measure LABEL DIR JAVA [JVM OPTIONS...]
  local label="$1" results=()
  shift
  for ((run = 0; run < RUNS; run++)); do
    results+=("$(one_start "$@")")
  done
  printf '  %-28s start → first 200: median %5s ms (runs: %s); first request %s ms (median)\n' "$label" \
    "$(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | median)" \
    "$(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | paste -sd' ')" \
    "$(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | median)"
}

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //');" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg); $RUNS runs each; options: $JAVA_OPTS"
measure "JDK 17, no cache" "$PLAIN_DIR" java
measure "JDK 25, no cache" "$PLAIN_DIR" "$JDK25/bin/java"
measure "JDK 25, AOT cache" "$AOT_DIR" "$JDK25/bin/java" -XX:AOTCache=app.aot
echo "Quarkus's own start-up figure of the last run: $(grep -oE 'started in [0-9.]+s' "$AOT_DIR/server.log")"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
