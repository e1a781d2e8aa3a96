#!/usr/bin/env bash
# HTTP load on the standalone server (docs/benchmarks.md): POST /v1/evaluate against the cheapest endpoint of the
# same server at the same concurrency, then a fixed-rate soak with the server's resident memory sampled.
#
#   bench/load.sh [--skip-build]
#   SERVER_EXECUTABLE=target/tokenomics-1.0.0-SNAPSHOT-runner bench/load.sh   # a native server (native.yml does this)
#
# --skip-build runs target/quarkus-app as it is; after bench/startup.sh that is its AOT-cache build, so build again.
# With SERVER_EXECUTABLE nothing is built: that executable is started instead of the JVM server.
# Settings (environment): DURATION seconds per measured run (20), WARMUP seconds per endpoint before it (15),
# CONNECTIONS (16), THREADS (2), SOAK_SECONDS (60), RATE requests/s in the soak (500), SAMPLE_SECONDS between
# memory samples (5; SOAK_SECONDS=0 leaves the soak out), JAVA (java), JAVA_OPTS heap and GC settings (-Xms256m -Xmx256m), TRIVIAL_PATH (/q/health/live),
# BODY_FILE (bench/article-example.json).
#
# The trivial endpoint is the liveness check: served by the same Vert.x server and router, it runs no application code
# and answers 45 bytes, so the ratio shows what an evaluation adds to the cheapest request this server can answer.
# Besides req/s (which wrk, sharing the cores, limits too), the CPU time per request of the server and of wrk is
# printed: the server's holds up better than throughput when other work runs on the machine, and wrk's shows what
# reading a larger answer costs the client, which caps the ratio whatever the server does (the "ceiling" line).
set -euo pipefail

cd "$(dirname "$0")/.."
export BENCH_DIR="$PWD/bench"
export BODY_FILE="${BODY_FILE:-$PWD/bench/article-example.json}"
export CONNECTIONS="${CONNECTIONS:-16}"
export RATE="${RATE:-500}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-15}"
THREADS="${THREADS:-2}"
SOAK_SECONDS="${SOAK_SECONDS:-60}"
SAMPLE_SECONDS="${SAMPLE_SECONDS:-5}"
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx256m}"
TRIVIAL_PATH="${TRIVIAL_PATH:-/q/health/live}"
STARTUP_LIMIT_SECONDS=60

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk (Debian, Ubuntu)" >&2; exit 1; }

# A private copy, so that a build started meanwhile in this directory cannot replace what the server runs.
work="$(mktemp -d)"
if [[ -n "${SERVER_EXECUTABLE:-}" ]]; then
  [[ -x "$SERVER_EXECUTABLE" ]] || { echo "$SERVER_EXECUTABLE is not an executable" >&2; exit 1; }
  cp "$SERVER_EXECUTABLE" "$work/server"
  server_command=("$work/server")
else
  if [[ "${1:-}" != "--skip-build" ]]; then
    # From an empty quarkus-app: bench/startup.sh leaves an AOT-cache build there.
    rm -rf target/quarkus-app && ./mvnw -B -q package -Pserver -DskipTests
  fi
  [[ -f target/quarkus-app/quarkus-run.jar ]] || { echo "No server build: run without --skip-build" >&2; exit 1; }
  cp -a target/quarkus-app "$work/"
  # shellcheck disable=SC2206 # JAVA_OPTS holds several options
  server_command=("$JAVA" $JAVA_OPTS -jar "$work/quarkus-app/quarkus-run.jar")
fi
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"

server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2> /dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2> /dev/null || true
  fi
  rm -rf "$work"
}
trap stop_server EXIT

QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" "${server_command[@]}" > "$work/server.log" 2>&1 &
server_pid=$!

for ((i = 0; i < STARTUP_LIMIT_SECONDS * 10; i++)); do
  curl -fsS -o /dev/null "$base/q/health" 2> /dev/null && break
  kill -0 "$server_pid" 2> /dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
curl -fsS -o /dev/null "$base/q/health" || { echo "Not healthy after ${STARTUP_LIMIT_SECONDS} s" >&2; exit 1; }

rss_kib() {
  awk '/^VmRSS:/ { print $2 }' "/proc/$server_pid/status"
}

value() { # value NAME "RESULT a=1 b=2" → the value of NAME
  sed -E "s/.* $1=([^ ]+).*/\1/" <<< "$2"
}

cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$server_pid/stat"
}

# run SECONDS SCRIPT PATH → the RESULT line of wrk, with the CPU µs per request of the server (cpu_us) and of wrk
# itself (client_cpu_us, user + system time from bash's `time`) appended
run() {
  local before after line requests client_seconds TIMEFORMAT='%U %S'
  before="$(cpu_ticks)"
  { time wrk -t "$THREADS" -c "$CONNECTIONS" -d "${1}s" --timeout 5s -s "$BENCH_DIR/$2" "$base$3" \
      > "$work/wrk.txt"; } 2> "$work/wrk-time.txt"
  after="$(cpu_ticks)"
  line="$(grep '^RESULT' "$work/wrk.txt")"
  requests="$(value requests "$line")"
  client_seconds="$(awk '{ print $1 + $2 }' "$work/wrk-time.txt")"
  echo "$line cpu_us=$(( requests > 0 ? (after - before) * 1000000 / $(getconf CLK_TCK) / requests : 0 ))" \
    "client_cpu_us=$(awk -v s="$client_seconds" -v n="$requests" 'BEGIN { printf "%.0f", (n > 0 ? s * 1e6 / n : 0) }')"
}

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n "${SERVER_EXECUTABLE:-}" ]]; then
  echo "Server: native executable $SERVER_EXECUTABLE ($(stat -c %s "$SERVER_EXECUTABLE") bytes)"
else
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  echo "Server: $("$JAVA" -version 2>&1 | head -1); options: $JAVA_OPTS; garbage collector:" \
    "$("$JAVA" $JAVA_OPTS -XX:+PrintCommandLineFlags -version 2>&1 | grep -oE -- '-XX:\+Use[A-Za-z0-9]+GC' | head -1)"
fi
echo "RSS after start: $(( $(rss_kib) / 1024 )) MiB"

echo "Warm-up: ${WARMUP} s on each endpoint"
run "$WARMUP" evaluate.lua /v1/evaluate > /dev/null
run "$WARMUP" health.lua "$TRIVIAL_PATH" > /dev/null

echo "Load: $CONNECTIONS connections, $THREADS threads, ${DURATION} s per endpoint"
evaluate="$(run "$DURATION" evaluate.lua /v1/evaluate)"
trivial="$(run "$DURATION" health.lua "$TRIVIAL_PATH")"
for name in evaluate trivial; do
  line="${!name}"
  printf '  %-8s %-20s %9s req/s  CPU µs/req server %3s, wrk %3s  p50 %6s ms  p99 %7s ms  max %8s ms  errors %s' \
    "$name" "$([[ $name == evaluate ]] && echo 'POST /v1/evaluate' || echo "GET $TRIVIAL_PATH")" \
    "$(value rps "$line")" "$(value cpu_us "$line")" "$(value client_cpu_us "$line")" "$(value p50_ms "$line")" \
    "$(value p99_ms "$line")" \
    "$(value max_ms "$line")" "$(( $(value non2xx "$line") + $(value socket_errors "$line") ))"
  printf ' (non-2xx %s, socket %s)\n' "$(value non2xx "$line")" "$(value socket_errors "$line")"
done
echo "  evaluate / trivial throughput: $(awk -v a="$(value rps "$evaluate")" -v b="$(value rps "$trivial")" \
  'BEGIN { printf "%.1f %%", 100 * a / b }')"
# wrk shares the cores, so each request costs server + wrk CPU. Even if evaluating cost the server no more than the
# trivial request, wrk's own cost of reading the larger answer would cap the ratio at this:
echo "  ceiling for this answer size (server CPU of the trivial request, wrk CPU of evaluate's): $(awk \
  -v st="$(value cpu_us "$trivial")" -v wt="$(value client_cpu_us "$trivial")" -v we="$(value client_cpu_us "$evaluate")" \
  'BEGIN { printf "%.1f %%", 100 * (st + wt) / (st + we) }')"
echo "RSS after the load run: $(( $(rss_kib) / 1024 )) MiB"

if (( SOAK_SECONDS > 0 )); then
  echo "Soak: POST /v1/evaluate paced at $RATE req/s for ${SOAK_SECONDS} s, RSS every ${SAMPLE_SECONDS} s"
  run "$SOAK_SECONDS" paced-evaluate.lua /v1/evaluate > "$work/soak.txt" &
  soak_pid=$!
  samples=()
  for ((elapsed = 0; elapsed <= SOAK_SECONDS; elapsed += SAMPLE_SECONDS)); do
    samples+=("$(( $(rss_kib) / 1024 ))")
    echo "  t=${elapsed}s RSS ${samples[-1]} MiB"
    (( elapsed + SAMPLE_SECONDS <= SOAK_SECONDS )) && sleep "$SAMPLE_SECONDS"
  done
  wait "$soak_pid"
  soak="$(cat "$work/soak.txt")"
  printf '  soak: %s req/s achieved, p50 %s ms, p99 %s ms, errors %s (non-2xx %s, socket %s)\n' \
    "$(value rps "$soak")" "$(value p50_ms "$soak")" "$(value p99_ms "$soak")" \
    "$(( $(value non2xx "$soak") + $(value socket_errors "$soak") ))" "$(value non2xx "$soak")" \
    "$(value socket_errors "$soak")"
  printf '  RSS during the soak: first %s MiB, last %s MiB, min %s MiB, max %s MiB\n' "${samples[0]}" "${samples[-1]}" \
    "$(printf '%s\n' "${samples[@]}" | sort -n | head -1)" "$(printf '%s\n' "${samples[@]}" | sort -n | tail -1)"
fi
curl -fsS "$base/q/health" | grep -q '"UP"' && echo "Health at the end: UP"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
