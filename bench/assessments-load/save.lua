-- wrk script of bench/assessments-load/run.sh: every request saves one answer, as the attempt page does.
--
--   BENCH_SAVE_DATA=saves.tsv BENCH_SAVE_THREADS=2 BENCH_SAVE_REPORT=report.txt \
--     wrk -t2 -c256 -d15s --latency -s save.lua http://127.0.0.1:PORT
--
-- saves.tsv has one line per attempt: attempt id, the question types of its slots in order (one letter each:
-- S single choice, M multiple choice, T true/false, A short answer, N numerical, E essay), the person's antiforgery
-- token and cookie header. Each wrk thread takes its own people (line i goes to thread i mod threads), so the version
-- of an answer only grows: version = thread base (os.time() × 1,000,000, distinct per run) + the thread's request
-- counter. A thread walks person by person, then slot by slot, so one (attempt, slot) comes back only after every
-- other person of the thread got an answer in between: no two saves of the same slot are ever in flight at once,
-- and every save must be stored (a "stored": false answer would mean a newer version was already there).
-- With BENCH_SAVE_RATE the requests are paced (see below). A response other than 200 is an error. done() writes per thread the requests sent, the responses, the errors and,
-- per (attempt, slot), the last two versions sent, which run.sh compares with the database.

local threads = {}
local next_id = 1

-- BENCH_SAVE_RATE (saves/s over all threads), when set: each thread offers its share at a steady pace, whatever the
-- latency (a request waits for its time slot, never for an earlier response), as long as the thread has an idle
-- connection; without it wrk sends the next request as soon as the previous one on that connection is answered.
local rate = tonumber(os.getenv("BENCH_SAVE_RATE") or "")
if rate and rate > 0 then
  local ffi = require("ffi")
  ffi.cdef("typedef struct { long tv_sec; long tv_usec; } bench_timeval; int gettimeofday(bench_timeval *tv, void *tz);")
  local tv = ffi.new("bench_timeval")
  local function now_ms()
    ffi.C.gettimeofday(tv, nil)
    return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
  end
  local interval = 1000 * tonumber(os.getenv("BENCH_SAVE_THREADS")) / rate
  local due
  function delay()
    local now = now_ms()
    -- A thread that fell behind catches up at most 100 ms of missed slots.
    due = math.max((due or now) + interval, now - 100)
    return math.max(0, math.floor(due - now))
  end
end

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local essay = {
  "Спершу я покажу, як знайти першоджерело новини й перевірити дату публікації. ",
  "Далі ми разом порівняємо повідомлення з кількома незалежними медіа. ",
  "Я поясню, чому емоційні заголовки й заклики терміново поширити мають насторожувати. ",
  "Відвідувачі потренуються на зворотному пошуку зображень і перевірці облікових записів. ",
  "Окремо зупинимося на шахрайських повідомленнях від імені банків і державних сервісів. ",
  "Наприкінці кожен складе собі коротку пам'ятку з п'яти кроків перевірки. ",
  "Пам'ятку роздрукуємо й повісимо біля комп'ютерів у читальній залі. ",
  "Через місяць зберемося знову й обговоримо, що вдалося застосувати. ",
}
local multiple = { '["c1","c2"]', '["c2"]', '["c1","c2","c3"]', '["c4"]' }
local short = { '"дезінформація"', '"фейк"', '"Дезінформація"' }

local function answer(kind, c)
  if kind == "S" then return '"c' .. (c % 4 + 1) .. '"'
  elseif kind == "M" then return multiple[c % #multiple + 1]
  elseif kind == "T" then return (c % 2 == 0) and "true" or "false"
  elseif kind == "A" then return short[c % #short + 1]
  elseif kind == "N" then return '"' .. (1990 + c % 30) .. '"'
  else return '"' .. table.concat(essay, "", 1, c % #essay + 1) .. '"'
  end
end

function init(args)
  local nthreads = tonumber(os.getenv("BENCH_SAVE_THREADS"))
  mine = {}
  local index = 0
  for line in io.lines(os.getenv("BENCH_SAVE_DATA")) do
    local attempt, types, token, cookie = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t(.+)$")
    if attempt then
      if index % nthreads == id - 1 then
        table.insert(mine, { attempt = attempt, types = types, token = token, cookie = cookie })
      end
      index = index + 1
    end
  end
  base = os.time() * 1000000
  sent, received, errors, notstored = 0, 0, 0, 0
  first_error = ""
  last, prev = {}, {}
end

function request()
  local n = #mine
  local c = sent
  local person = mine[c % n + 1]
  local slot = math.floor(c / n) % #person.types + 1
  local version = base + c
  sent = sent + 1
  local key = person.attempt .. "/" .. slot
  prev[key] = last[key]
  last[key] = version
  local body = '{"response":' .. answer(person.types:sub(slot, slot), c) .. ',"version":' .. string.format("%.0f", version) .. "}"
  return wrk.format("PUT", "/api/attempts/" .. person.attempt .. "/answers/" .. slot,
    { ["Content-Type"] = "application/json", ["Cookie"] = person.cookie, ["X-CSRF-TOKEN"] = person.token }, body)
end

function response(status, headers, body)
  received = received + 1
  if status ~= 200 then
    errors = errors + 1
    if first_error == "" then first_error = status .. " " .. (body or ""):sub(1, 200) end
  elseif not body:find('"stored":true', 1, true) then
    notstored = notstored + 1
  end
end

function done(summary, latency, requests)
  local out = assert(io.open(os.getenv("BENCH_SAVE_REPORT"), "w"))
  for _, thread in ipairs(threads) do
    out:write(string.format("thread\t%d\t%d\t%d\t%d\t%d\t%s\n", thread:get("id"), thread:get("sent"), thread:get("received"),
      thread:get("errors"), thread:get("notstored"), (thread:get("first_error"):gsub("[\t\n]", " "))))
    local last_sent, prev_sent = thread:get("last"), thread:get("prev")
    for key, version in pairs(last_sent) do
      local attempt, slot = key:match("^(.+)/(%d+)$")
      local before = prev_sent[key]
      out:write(string.format("pair\t%s\t%s\t%.0f\t%s\n", attempt, slot, version, before and string.format("%.0f", before) or "\\N"))
    end
  end
  out:close()
end
