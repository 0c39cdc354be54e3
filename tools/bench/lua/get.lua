-- GET with a bearer token: data file lines "path<TAB>token", taken in turn (character read, GET /me, bare).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
done = common.done

local rows, i
refused, unexpected = 0, 0

function init(args)
  rows = common.lines(os.getenv("BENCH_DATA"))
  i = id * 7919 -- spread the threads over the rows
end

function request()
  i = i + 1
  local row = rows[(i % #rows) + 1]
  local headers = {}
  if row[2] then headers["Authorization"] = "Bearer " .. row[2] end
  return wrk.format("GET", row[1], headers)
end
