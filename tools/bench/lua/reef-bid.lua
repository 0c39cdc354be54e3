-- POST /api/v1/economy/reef-exchange/lots/{lotId}/bids on a few hot lots: data file lines
-- "lotId<TAB>characterId<TAB>token" (one line per lot and bidder). Each thread owns its lots and raises each lot's
-- bid by the 5% the rules ask for on every bid it sends, so bids in flight on one lot race like real bidders: the
-- one the database serializes first wins, the others are refused (422 BID_TOO_LOW, 409 when already leading).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
done = common.done

local lots, bidders, amount, i, n
local nonce = os.getenv("BENCH_NONCE") -- one per wrk run, so no two runs send the same Idempotency-Key
refused, unexpected = 0, 0

function init(args)
  local rows = common.lines(os.getenv("BENCH_DATA"))
  local byLot, order = {}, {}
  for _, r in ipairs(rows) do
    if not byLot[r[1]] then byLot[r[1]] = {}; table.insert(order, { r[1] }) end
    table.insert(byLot[r[1]], { r[2], r[3] })
  end
  lots = common.share(order, id, tonumber(os.getenv("BENCH_THREADS")))
  bidders, amount, i, n = byLot, {}, 0, 0
  for _, l in ipairs(lots) do amount[l[1]] = 99 end
end

function request()
  i = i + 1
  n = n + 1
  local lot = lots[(i % #lots) + 1][1]
  local who = bidders[lot][(n % #bidders[lot]) + 1]
  amount[lot] = math.max(amount[lot] + 1, math.ceil(amount[lot] * 1.05))
  return wrk.format("POST", "/api/v1/economy/reef-exchange/lots/" .. lot .. "/bids", {
      ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. who[2],
      ["Idempotency-Key"] = string.format("%s-%d-%d", nonce, id, n) },
    string.format('{"bidderCharacterId":"%s","amount":%d}', who[1], amount[lot]))
end

function response(status, headers, body)
  if status == 201 then return end
  if status == 409 or status == 422 then refused = refused + 1; common.show(status, body) else unexpected = unexpected + 1; common.show(status, body) end
end
