-- For bench/run-dapr: POSTs exactly COUNT requests to the publish function (the URL), each with
-- the body PREFIX-1, PREFIX-2, ..., waiting GAP ms before each request (0: as fast as the
-- connections go), then stops:
--     wrk -t1 -cN -d3600s -s bench/dapr/publish.lua http://HOST:PORT/publish -- COUNT PREFIX GAP
-- With more than one connection, a connection that would send request COUNT+1 asks GET /readyz
-- instead, so no more than COUNT messages are published. Once COUNT publish answers have come
-- (200 "published ..." or a failure) it stops its thread and creates the file $WRK_DONE_FILE,
-- for run-dapr to end wrk (whose main thread otherwise sleeps for all of -d; see
-- bench/serve/count.lua). Prints "published: N, failed: M" at the end. Use -t1 (the count is
-- per thread).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  limit = tonumber(args[1] or "100")
  prefix = args[2] or "m"
  gap = tonumber(args[3] or "0")
  sent = 0
  published = 0
  failed = 0
  stopped = false
  verified = false
end

function request()
  -- wrk calls request() once before any connection, only to check what it returns (wrk.c,
  -- script_verify_request): that request is never sent, so it must not count.
  if not verified then
    verified = true
    return wrk.format("GET", "/readyz")
  end
  if sent < limit then
    sent = sent + 1
    return wrk.format("POST", nil, { ["Content-Type"] = "text/plain" }, prefix .. "-" .. sent)
  end
  return wrk.format("GET", "/readyz")
end

function delay()
  return gap
end

function response(status, headers, body)
  if body == "ready\n" then return end
  if status == 200 and body and body:sub(1, 10) == "published " then
    published = published + 1
  else
    failed = failed + 1
  end
  if not stopped and published + failed >= limit then
    stopped = true
    wrk.thread:stop()
    local marker = os.getenv("WRK_DONE_FILE")
    if marker then
      local file = io.open(marker, "w")
      if file then file:close() end
    end
  end
end

function done(summary, latency, requests)
  local p, f = 0, 0
  for _, thread in ipairs(threads) do
    p = p + (thread:get("published") or 0)
    f = f + (thread:get("failed") or 0)
  end
  io.write("published: " .. p .. ", failed: " .. f .. "\n")
end
