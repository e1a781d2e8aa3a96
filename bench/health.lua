-- GET on the trivial endpoint given on wrk's command line; only the report.
dofile((os.getenv("BENCH_DIR") or "bench") .. "/report.lua")
