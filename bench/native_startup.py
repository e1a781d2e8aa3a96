#!/usr/bin/env python3
"""Start to first answer of a native executable, the median of RUNS launches (bench/native-startup.sh runs it).

  native_startup.py lambda BOOTSTRAP [RUNS]   launch -> the first response delivered to a Lambda Runtime API
  native_startup.py server RUNNER [RUNS]      launch -> the first 200 to POST /v1/evaluate over HTTP

Both answer the README's article example (bench/article-example.json). The Runtime API is a small one here, on a
loopback port, started before the launch; the server is asked again every millisecond until it answers. RSS is the
process's VmRSS right after the first answer.
"""
import http.client
import http.server
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time

BODY = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "article-example.json"), "rb").read()
TIMEOUT_S = 30


def event():
    return json.dumps({
        "version": "2.0", "routeKey": "$default", "rawPath": "/v1/evaluate", "rawQueryString": "",
        "headers": {"host": "abc123.execute-api.eu-central-1.amazonaws.com", "content-type": "application/json",
                    "content-length": str(len(BODY))},
        "requestContext": {"accountId": "123456789012", "apiId": "abc123", "requestId": "r1", "stage": "$default",
                           "domainName": "abc123.execute-api.eu-central-1.amazonaws.com", "routeKey": "$default",
                           "timeEpoch": int(time.time() * 1000),
                           "http": {"method": "POST", "path": "/v1/evaluate", "protocol": "HTTP/1.1",
                                    "sourceIp": "192.0.2.1", "userAgent": "bench"}},
        "body": BODY.decode(), "isBase64Encoded": False}).encode()


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


class RuntimeApi(http.server.BaseHTTPRequestHandler):
    """One invocation: /next hands out the event once, then holds further polls until the run ends."""
    protocol_version = "HTTP/1.1"
    event = b""
    served = threading.Event()
    answered = threading.Event()
    answer = {}

    def log_message(self, *args):
        pass

    def do_GET(self):
        if RuntimeApi.served.is_set():
            RuntimeApi.answered.wait(TIMEOUT_S)
            time.sleep(TIMEOUT_S)  # the process is killed meanwhile
            return
        RuntimeApi.served.set()
        self.send_response(200)
        for name, value in (("Content-Type", "application/json"), ("Lambda-Runtime-Aws-Request-Id", "r1"),
                            ("Lambda-Runtime-Deadline-Ms", str(int(time.time() * 1000) + 10_000)),
                            ("Lambda-Runtime-Invoked-Function-Arn",
                             "arn:aws:lambda:eu-central-1:123456789012:function:tokenomics"),
                            ("Lambda-Runtime-Trace-Id", "Root=1-5759e988-bd862e3fe1be46a994272793"),
                            ("Content-Length", str(len(RuntimeApi.event)))):
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(RuntimeApi.event)

    def do_POST(self):
        arrived = time.monotonic_ns()
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(202)
        self.send_header("Content-Length", "0")
        self.end_headers()
        RuntimeApi.answer.update(path=self.path, body=body, arrived=arrived)
        RuntimeApi.answered.set()


def lambda_run(bootstrap):
    RuntimeApi.event = event()
    RuntimeApi.served.clear()
    RuntimeApi.answered.clear()
    RuntimeApi.answer.clear()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RuntimeApi)
    server.daemon_threads = True
    server.handle_error = lambda request, address: None  # the poll a killed runtime leaves open
    threading.Thread(target=server.serve_forever, daemon=True).start()
    task_root = os.path.dirname(os.path.abspath(bootstrap))
    env = {"PATH": "/usr/bin:/bin", "TZ": ":UTC", "AWS_LAMBDA_RUNTIME_API": f"127.0.0.1:{server.server_port}",
           "LAMBDA_TASK_ROOT": task_root, "AWS_REGION": "eu-central-1",
           "AWS_LAMBDA_FUNCTION_NAME": "tokenomics", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "512",
           # As the stack sets it (infra/): one Vert.x event loop.
           "QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE": "1"}
    start = time.monotonic_ns()
    # Lambda starts the runtime in the task root, and the runtime interface client finds the function's jars there.
    process = subprocess.Popen([os.path.abspath(bootstrap)], env=env, cwd=task_root, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        if not RuntimeApi.answered.wait(TIMEOUT_S):
            sys.exit("no answer from " + bootstrap)
        rss = rss_kib(process.pid)
        answer = RuntimeApi.answer
        if not answer["path"].endswith("/response") or json.loads(answer["body"])["statusCode"] != 200:
            sys.exit(f"not a 200 response: {answer['path']} {answer['body'][:300]!r}")
        return (answer["arrived"] - start) / 1e6, rss
    finally:
        stop(process)
        server.shutdown()
        server.server_close()


def stop(process):
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_run(runner):
    port = free_port()
    env = {"PATH": "/usr/bin:/bin", "QUARKUS_HTTP_HOST": "127.0.0.1", "QUARKUS_HTTP_PORT": str(port)}
    start = time.monotonic_ns()
    process = subprocess.Popen([runner], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.monotonic_ns() - start < TIMEOUT_S * 1e9:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT_S)
                connection.request("POST", "/v1/evaluate", BODY, {"Content-Type": "application/json"})
                response = connection.getresponse()
                response.read()
                answered = time.monotonic_ns()
                if response.status != 200:
                    sys.exit(f"first evaluation answered {response.status}")
                return (answered - start) / 1e6, rss_kib(process.pid)
            except ConnectionRefusedError:
                time.sleep(0.001)
        sys.exit("no answer from " + runner)
    finally:
        stop(process)


def main():
    mode, executable = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    run = lambda_run if mode == "lambda" else server_run
    results = [run(executable) for _ in range(runs)]
    times_ms = sorted(ms for ms, _ in results)
    print(f"{mode}: start to first answer, median of {runs}: {statistics.median(times_ms):.1f} ms "
          f"(min {times_ms[0]:.1f}, max {times_ms[-1]:.1f}); RSS after it {statistics.median(r for _, r in results) / 1024:.1f} MiB; "
          f"runs (ms): {' '.join(f'{ms:.0f}' for ms, _ in results)}")


if __name__ == "__main__":
    main()
