-- Quest steps: every character of the data file (lines "characterId<TAB>token") plays q-corner-store-run over and
-- over, one step per request: start the quest (POST /api/v1/gameplay/quest-sessions), ask around (a choice), pick
-- a fight (the choice that fails the quest), and start again, since a FAILED quest may be started again. The next
-- step of a character is read from the session each answer returns (its node and status), so each thread keeps a
-- queue of characters ready for their next step; a character takes one step at a time, so the load needs more
-- characters than connections. An answer other than a session leaves its character out of the queue (counted).
package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")
setup = common.setup
done = common.done

local QUEST, SERVER = "q-corner-store-run", os.getenv("BENCH_SERVER")
local NEXT_CHOICE = { ["watson-market"] = "ask-around", ["back-alley"] = "pick-a-fight" }
local token, anyToken, ready, head, tail
refused, unexpected = 0, 0

local function push(step) tail = tail + 1; ready[tail] = step end

function init(args)
  token, ready, head, tail = {}, {}, 1, 0
  for _, row in ipairs(common.share(common.lines(os.getenv("BENCH_DATA")), id, tonumber(os.getenv("BENCH_THREADS")))) do
    token[row[1]] = row[2]
    anyToken = row[2]
    push({ character = row[1] })
  end
end

function request()
  local step = ready[head]
  if step == nil then
    -- every character of this thread has a step in flight: ask for a session that does not exist (a counted 404)
    unexpected = unexpected + 1
    return wrk.format("GET", "/api/v1/gameplay/quest-sessions/00000000-0000-4000-8000-000000000000",
      { ["Authorization"] = "Bearer " .. anyToken })
  end
  ready[head] = nil
  head = head + 1
  local auth = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token[step.character] }
  if step.session == nil then
    return wrk.format("POST", "/api/v1/gameplay/quest-sessions", auth,
      string.format('{"characterId":"%s","questId":"%s","serverId":"%s"}', step.character, QUEST, SERVER))
  end
  return wrk.format("POST", "/api/v1/gameplay/quest-sessions/" .. step.session .. "/choices", auth,
    string.format('{"choiceId":"%s"}', step.choice))
end

function response(status, headers, body)
  if status ~= 200 and status ~= 201 then
    if status ~= 404 then unexpected = unexpected + 1 end -- the 404s were counted when sent
    common.show(status, body)
    return
  end
  local character = string.match(body, '"characterId":"([^"]+)"')
  local session = string.match(body, '"questSessionId":"([^"]+)"')
  local state = string.match(body, '"status":"([^"]+)"')
  local node = string.match(body, '"nodeId":"([^"]+)"')
  if character == nil or token[character] == nil then unexpected = unexpected + 1; return end
  if state == "ACTIVE" and NEXT_CHOICE[node] then
    push({ character = character, session = session, choice = NEXT_CHOICE[node] })
  else
    push({ character = character }) -- FAILED: start again
  end
end
