-- wrk script of bench/assessments-load/run.sh: signed-in page views, each request as one person with their own cookie.
--
--   BENCH_PAGES_DATA=pages.tsv wrk -t2 -c64 -d15s --latency -s pages.lua http://127.0.0.1:PORT
--
-- pages.tsv has one line per request to make: the path (with its query) and the person's cookie header. The lines are
-- taken in turn (each wrk thread starts at its own offset), so every person's page is asked for, not one cached copy.
-- A response other than 200, or a redirect to the sign-in page, is an error (wrk counts non-2xx/3xx; done() the rest).

local lines = {}
for line in io.lines(os.getenv("BENCH_PAGES_DATA")) do
  local path, cookie = line:match("^([^\t]+)\t(.+)$")
  if path then table.insert(lines, { path = path, cookie = cookie }) end
end

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  position = id * 7919
  not200 = 0
end

function request()
  position = position + 1
  local item = lines[position % #lines + 1]
  return wrk.format("GET", item.path, { ["Cookie"] = item.cookie })
end

function response(status, headers, body)
  if status ~= 200 then not200 = not200 + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("not200") end
  io.write(string.format("not 200: %d\n", total))
end
