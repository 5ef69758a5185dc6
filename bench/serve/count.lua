-- For bench/run-serve: counts the responses by status, prints "statuses: 200=N, 503=M" when wrk
-- ends, and, given a count (wrk -s count.lua URL -- N), stops once N responses have arrived
-- (give -d a duration longer than that takes, and WRK_DONE_FILE, see below).
-- Use it with -t1: each wrk thread counts on its own.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  limit = args[1] and tonumber(args[1])
  received = 0
  statuses = {}
end

function response(status, headers, body)
  received = received + 1
  statuses[status] = (statuses[status] or 0) + 1
  if limit and received == limit then
    wrk.thread:stop()
    -- wrk's main thread sleeps for the whole -d duration whatever its threads do, until SIGINT:
    -- this file tells bench/run-serve to send it (a SIGINT sent from in here through io.popen did
    -- not always end wrk, and system(3), behind os.execute, ignores SIGINT while it runs).
    local marker = os.getenv("WRK_DONE_FILE")
    if marker then
      local file = io.open(marker, "w")
      if file then file:close() end
    end
  end
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses") or {}) do total[status] = (total[status] or 0) + n end
  end
  local keys = {}
  for status in pairs(total) do table.insert(keys, status) end
  table.sort(keys)
  local parts = {}
  for _, status in ipairs(keys) do table.insert(parts, status .. "=" .. total[status]) end
  io.write("statuses: " .. table.concat(parts, ", ") .. "\n")
end
