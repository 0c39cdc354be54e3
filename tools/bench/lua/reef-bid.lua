-- POST /api/v1/economy/reef-exchange/lots/{lotId}/bids on a few hot lots: data file lines
-- "lotId<TAB>characterId<TAB>token" (one line per lot and bidder). Each thread owns its share of the lots and bids
-- on BENCH_HOT of them at a time, raising each lot's bid by the 5% the rules ask for on every bid it sends, so bids
-- in flight on one lot race like real bidders: the one the database serializes first wins, the others are refused
-- (422 BID_TOO_LOW); the bidders of a lot take turns, so no bidder outbids itself. A lot is retired after about
-- 380 bids (at 10^10, far below the 10^12 cap) and the thread's next fresh lot takes its place, so a long point
-- never runs out of room to bid.
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
done = common.done

-- Retired lots keep their leader's escrow: at 10^10 a bidder leading dozens of them still has most of its funds.
local RETIRE_AT = 1e10
local hot, spare, bidders, amount, turn, i, n
local nonce = os.getenv("BENCH_NONCE") -- one per wrk run, so no two runs send the same Idempotency-Key
refused, unexpected = 0, 0

function init(args)
  local rows = common.lines(os.getenv("BENCH_DATA"))
  local byLot, order = {}, {}
  for _, r in ipairs(rows) do
    if not byLot[r[1]] then byLot[r[1]] = {}; table.insert(order, { r[1] }) end
    table.insert(byLot[r[1]], { r[2], r[3] })
  end
  local mine = common.share(order, id, tonumber(os.getenv("BENCH_THREADS")))
  local hotCount = math.min(tonumber(os.getenv("BENCH_HOT")), #mine)
  hot, spare = {}, {}
  for k, l in ipairs(mine) do table.insert(k <= hotCount and hot or spare, l[1]) end
  bidders, amount, turn, i, n = byLot, {}, {}, 0, 0
  for _, l in ipairs(mine) do amount[l[1]] = 99; turn[l[1]] = 0 end
end

function request()
  i = i + 1
  n = n + 1
  local slot = (i % #hot) + 1
  local lot = hot[slot]
  if amount[lot] >= RETIRE_AT and #spare > 0 then
    lot = table.remove(spare, 1)
    hot[slot] = lot
  end
  turn[lot] = turn[lot] % #bidders[lot] + 1
  local who = bidders[lot][turn[lot]]
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
