-- POST /v1/evaluate with the body in $BODY_FILE (bench/article-example.json by default).
local file = assert(io.open(os.getenv("BODY_FILE") or "bench/article-example.json", "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")
