-- Shared by the wrk scripts of tools/bench: thread ids, data files, and one JSON result line at the end.
-- Every thread counts `refused` (answers the endpoint gives by design under this load, e.g. an outbid bid) and
-- `unexpected` (any other non-2xx); done() adds them up over the threads.
local common = {}
local threads = {}
local next_id = 0

function common.setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function common.lines(path)
  local out = {}
  for line in io.lines(path) do
    if line ~= "" then
      local fields = {}
      for field in string.gmatch(line, "[^\t]+") do table.insert(fields, field) end
      table.insert(out, fields)
    end
  end
  return out
end

-- The rows of `rows` this thread owns (row i goes to thread (i-1) % n), so threads never share a key or lot.
function common.share(rows, id, n)
  local mine = {}
  for i, row in ipairs(rows) do
    if (i - 1) % n == id then table.insert(mine, row) end
  end
  if #mine == 0 then mine = rows end
  return mine
end

-- BENCH_DEBUG=1: print the first few unexpected answers of each thread (to see why an endpoint refuses).
local shown = 0
function common.show(status, body)
  if os.getenv("BENCH_DEBUG") and shown < 5 then
    shown = shown + 1
    io.write("BENCH_DEBUG " .. status .. " " .. string.sub(body or "", 1, 300) .. "\n")
  end
end

function common.done(summary, latency, requests)
  local refused, unexpected = 0, 0
  for _, t in ipairs(threads) do
    refused = refused + (t:get("refused") or 0)
    unexpected = unexpected + (t:get("unexpected") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_RESULT {"requests":%d,"durationUs":%d,"bytes":%d,"p50Us":%d,"p99Us":%d,"p999Us":%d,"meanUs":%.1f,' ..
    '"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"statusErrors":%d,"timeouts":%d,"refused":%d,' ..
    '"unexpected":%d}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99),
    latency:percentile(99.9), latency.mean, e.connect, e.read, e.write, e.status, e.timeout, refused, unexpected))
end

return common
