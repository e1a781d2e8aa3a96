-- evaluate.lua at a fixed rate: each connection waits so that all of them together send $RATE requests per second.
-- wrk waits this long after each answer, so the achieved rate is a little lower (by the latency); load.sh prints it.
dofile((os.getenv("BENCH_DIR") or "bench") .. "/evaluate.lua")

local pause_ms = tonumber(os.getenv("CONNECTIONS")) * 1000 / tonumber(os.getenv("RATE"))

function delay()
  return pause_ms
end
