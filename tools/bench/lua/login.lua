-- POST /api/v1/auth/login: data file lines "login<TAB>password", taken in turn. A 503 with Retry-After is auth
-- refusing by design a login that waited longer than its queue allows for a hash slot (HashSlotsBusy).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
done = common.done

local rows, i
refused, unexpected = 0, 0

function init(args)
  rows = common.lines(os.getenv("BENCH_DATA"))
  i = id * 7919
end

function request()
  i = i + 1
  local row = rows[(i % #rows) + 1]
  return wrk.format("POST", os.getenv("BENCH_PATH"), { ["Content-Type"] = "application/json" },
    string.format('{"login":"%s","password":"%s"}', row[1], row[2]))
end

function response(status, headers, body)
  if status == 200 then return end
  if status == 503 and (headers["Retry-After"] or headers["retry-after"]) then refused = refused + 1 else unexpected = unexpected + 1 end
  common.show(status, body)
end
