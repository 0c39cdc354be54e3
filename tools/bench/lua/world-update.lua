-- PUT /api/v1/world/servers/{server}/state/{key} as the operator: data file lines "path" (keys created at version 1
-- by the harness). Each thread owns its keys and never sends a second write of a key before the first answered, so
-- every write names the current version; a 409 (someone else wrote the key) is counted refused and drops the key.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
done = common.done

local keys, version, busy, i, token
refused, unexpected = 0, 0

function init(args)
  keys = common.share(common.lines(os.getenv("BENCH_DATA")), id, tonumber(os.getenv("BENCH_THREADS")))
  version, busy, i = {}, {}, 0
  for _, k in ipairs(keys) do version[k[1]] = 1 end
  token = os.getenv("BENCH_TOKEN")
end

function request()
  local path
  for _ = 1, #keys do
    i = i + 1
    path = keys[(i % #keys) + 1][1]
    if not busy[path] and version[path] then break end
  end
  busy[path] = true
  local v = version[path] or 1
  return wrk.format("PUT", path, { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token },
    string.format('{"expectedVersion":%d,"value":{"n":%d},"reason":"Benchmark write."}', v, v))
end

function response(status, headers, body)
  local key = string.match(body, '"key":"([^"]+)"')
  local path = key and (os.getenv("BENCH_PREFIX") .. key) or string.match(body, '"instance":"([^"]+)"')
  if path then busy[path] = nil end
  if status == 200 then
    local v = tonumber(string.match(body, '"version":(%d+)'))
    if path and v then version[path] = v end
  elseif status == 409 then
    refused = refused + 1; common.show(status, body)
    if path then version[path] = nil end
  else
    unexpected = unexpected + 1; common.show(status, body)
  end
end
