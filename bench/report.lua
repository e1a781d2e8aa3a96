-- Prints one line that bench/load.sh reads: throughput, latency percentiles and errors of a wrk run.
-- wrk's status error counts answers with a status of 400 or more; no endpoint here redirects, so that is every
-- non-2xx answer.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local socket_errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout
  io.write(string.format(
      "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f non2xx=%d socket_errors=%d\n",
      summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status, socket_errors))
end
