#!/usr/bin/env bash
# Load benchmark of a webinar's live room (SignalR, /hubs/webinars) on PostgreSQL (not a test: it never fails on slow figures).
#
# Starts a throwaway PostgreSQL on a free loopback port with its default durability, publishes the app in Release,
# migrates, loads with SQL 2,000 learners confirmed for one webinar and its moderator (load.sql), starts the app in
# Production on 127.0.0.1 (one node, no Redis) and:
#   1. signs everyone in through /account/login (bench/assessments-load/start.mjs and bench/certificates-load/cert.mjs;
#      not measured: PBKDF2 is deliberately slow) and notes the app's RSS;
#   2. opens 2,000 SignalR connections over WebSockets with the @microsoft/signalr Node client, each with its own
#      person's cookie, each joining the event (JoinEvent: access check, presence row, the snapshot a browser gets),
#      at most 50 at once (live.mjs); notes the app's RSS again → memory per connection; checks the presence in SQL;
#   3. the moderator sends one chat message a second for 60 s, each carrying its send time; every client records when
#      it arrives (one process, one clock): delivery latency p50/p95/p99/max over every (client, message), losses;
#      app CPU per broadcast, peak RSS, the stored messages.
# The 1-minute load average is noted at each step: the Node client, the app and PostgreSQL share this machine's cores.
# The figures go into the block between the bench markers in docs/benchmarks.md. Everything it starts is stopped on
# exit; a watchdog bounds the whole run (BENCH_MAX_SECONDS, default 1500).
#
# Environment: BENCH_CONNECTIONS (2000), BENCH_MESSAGES (60), BENCH_INTERVAL_MS (1000), BENCH_CONCURRENCY (50),
# BENCH_SIGNIN_CONCURRENCY (4), BENCH_APP_ENV (extra environment of the app) for experiments, BENCH_KEEP=1 keeps the
# temp folder, BENCH_NO_PUBLISH=1 reuses $BENCH_APP_DIR.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE="$ROOT/bench/webinars-live"
CONNECTIONS=${BENCH_CONNECTIONS:-2000}
MESSAGES=${BENCH_MESSAGES:-60}
INTERVAL_MS=${BENCH_INTERVAL_MS:-1000}
CONCURRENCY=${BENCH_CONCURRENCY:-50}
SIGNIN_CONCURRENCY=${BENCH_SIGNIN_CONCURRENCY:-4}
PASSWORD='Bench-Learner-2026'
RUN_STARTED=$(date +%s)

. "$ROOT/bench/lib.sh"
bench_init
bench_tools postgresql nodejs
if [ ! -d "$ROOT/node_modules/@microsoft/signalr" ]; then
  log "Installing npm packages (the SignalR client)"
  (cd "$ROOT" && timeout 600 npm ci --no-audit --no-fund --loglevel=error)
fi
# Each connection is a socket in the app and one in Node.
ulimit -n 20000 2>/dev/null || true
LOAD_BEFORE=$(bench_load)

# --- throwaway PostgreSQL (durable, as in production) -------------------------------------------------
bench_postgres "-c max_connections=200 -c shared_buffers=256MB"
DURABILITY=$("${PSQL[@]}" -At -c "SELECT 'fsync=' || current_setting('fsync') || ', synchronous_commit=' || current_setting('synchronous_commit')")

# --- the app (Release) ----------------------------------------------------------------------------
bench_publish
bench_migrate

# --- data -------------------------------------------------------------------------------------------
log "Loading $CONNECTIONS learners confirmed for one webinar and its moderator"
SECONDS=0
PASSWORD_HASH=$(node "$ROOT/bench/assessments-load/start.mjs" hash "$PASSWORD")
"${PSQL[@]}" -v learners="$CONNECTIONS" -v password_hash="$PASSWORD_HASH" -f "$HERE/load.sql"
LOAD_SECONDS=$SECONDS
EVENT_ID=$("${PSQL[@]}" -At -c "SELECT id FROM webinars_event")
N_REGISTERED=$("${PSQL[@]}" -At -c "SELECT count(*) FROM webinars_registration WHERE event_id = '$EVENT_ID' AND status = 'Confirmed'")
log "Loaded in ${LOAD_SECONDS}s: event $EVENT_ID, $N_REGISTERED confirmed registrations"

# --- the app ------------------------------------------------------------------------------------------
APP_ENV+=(Lounb__Security__AuthPermitPerMinute=10000)
read -r -a EXTRA_ENV <<<"${BENCH_APP_ENV:-}"
APP_ENV+=("${EXTRA_ENV[@]}")
bench_start_app

# --- 1. sign-in (not measured) --------------------------------------------------------------------------
log "Signing in $CONNECTIONS learners and the moderator (not measured)"
SECONDS=0
timeout 900 node "$ROOT/bench/assessments-load/start.mjs" login --base "$BASE" --learners "$CONNECTIONS" --warmup 0 \
  --password "$PASSWORD" --jar "$TMP/people.json" --concurrency "$SIGNIN_CONCURRENCY" >&2
timeout 120 node "$ROOT/bench/certificates-load/cert.mjs" login --base "$BASE" --email moderator@bench.lounb.test \
  --password "$PASSWORD" --jar "$TMP/moderator.json" >&2
SIGNIN_SECONDS=$SECONDS
sleep 5
RSS_IDLE=$(( $(rss_kb) / 1024 ))
log "Signed in in ${SIGNIN_SECONDS}s; app RSS $RSS_IDLE MB"

# --- 2. connect and join ---------------------------------------------------------------------------------
LOAD_CONNECT=$(bench_load)
log "Connecting $CONNECTIONS SignalR clients (WebSockets), at most $CONCURRENCY at once"
(cd "$ROOT" && exec timeout 900 node "$HERE/live.mjs" connect-and-broadcast --base "$BASE" --event "$EVENT_ID" \
  --people "$TMP/people.json" --moderator "$TMP/moderator.json" --connections "$CONNECTIONS" --concurrency "$CONCURRENCY" \
  --messages "$MESSAGES" --interval "$INTERVAL_MS" --grace 10 --ready "$TMP/ready" --go "$TMP/go" >"$TMP/live.json") &
LIVE_PID=$!
for _ in $(seq 1 3000); do
  [ -f "$TMP/ready" ] && break
  kill -0 "$LIVE_PID" 2>/dev/null || { log "The client exited early"; wait "$LIVE_PID" || true; exit 1; }
  sleep 0.2
done
[ -f "$TMP/ready" ] || { log "The clients did not connect in time"; exit 1; }
# Let the joins' presence broadcasts and allocations settle before reading memory.
sleep 5
RSS_CONNECTED=$(( $(rss_kb) / 1024 ))
read -r P_ROWS P_PEOPLE < <("${PSQL[@]}" -At -F ' ' -c "SELECT count(*), count(DISTINCT user_id) FROM webinars_live_connection WHERE event_id = '$EVENT_ID'")
log "Connected; app RSS $RSS_CONNECTED MB; webinars_live_connection: $P_ROWS rows, $P_PEOPLE people"

# --- 3. one broadcast a second ---------------------------------------------------------------------------------
LOAD_BROADCAST=$(bench_load)
read -r CPU_APP0 CPU_PG0 < <(bench_cpu)
bench_rss_sampler_start
log "Broadcasting: $MESSAGES chat messages, one every $INTERVAL_MS ms"
touch "$TMP/go"
wait "$LIVE_PID"
RSS_PEAK=$(bench_rss_sampler_stop)
read -r CPU_APP1 CPU_PG1 < <(bench_cpu)
LOAD_AFTER=$(bench_load)
STORED=$("${PSQL[@]}" -At -c "SELECT count(*) FROM webinars_chat_message WHERE event_id = '$EVENT_ID' AND text LIKE 'bench %'")
PEAK_RSS=$(( $(hwm_kb) / 1024 ))
RUN_SECONDS=$(( $(date +%s) - RUN_STARTED ))
cat "$TMP/live.json" >&2

# --- report ---------------------------------------------------------------------------------------------------
field() { node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[process.argv[2]])' "$TMP/live.json" "$1"; }
declare -A R
for k in joined connectFailures connectSeconds joinP50 joinP99 presenceSeen expected received lost over250 p50 p95 p99 max mean sendP50 sendP99 sendErrors; do
  R[$k]=$(field "$k")
done
met() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "**missed**"; fi; }
PER_CONNECTION=$(awk -v a="$RSS_IDLE" -v b="$RSS_CONNECTED" -v n="${R[joined]}" 'BEGIN { printf "%.0f", (n > 0 ? (b - a) * 1024 / n : 0) }')
APP_CPU_PER=$(awk -v c=$(( CPU_APP1 - CPU_APP0 )) -v n="$MESSAGES" 'BEGIN { printf "%.0f", c / n }')
PG_CPU_PER=$(awk -v c=$(( CPU_PG1 - CPU_PG0 )) -v n="$MESSAGES" 'BEGIN { printf "%.1f", c / n }')
LOSS_PCT=$(awk -v l="${R[lost]}" -v e="${R[expected]}" 'BEGIN { printf "%.3f", (e > 0 ? l * 100 / e : 0) }')
TARGET=$(met "${R[p99]} < 250 && ${R[joined]} == $CONNECTIONS")
PG_VERSION=$("${PSQL[@]}" -At -c "SHOW server_version")
DOTNET_VERSION=$(dotnet --version)
NODE_VERSION=$(node --version)
SIGNALR_VERSION=$(node -p 'require("'"$ROOT"'/node_modules/@microsoft/signalr/package.json").version')

BLOCK="$TMP/block.md"
{
  echo "<!-- bench:webinars-live:begin (written by bench/webinars-live/run.sh; edit outside these markers) -->"
  echo "### Latest run: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(bench_machine); the Node client (all $CONNECTIONS connections in one process), the app and PostgreSQL share these cores; 1-minute load average $LOAD_BEFORE before the run, $LOAD_CONNECT when connecting, $LOAD_BROADCAST when the broadcasts began, $LOAD_AFTER at the end (above 2: the cores were oversubscribed)"
  echo "- commit: $(bench_commit) · .NET SDK $DOTNET_VERSION, Release, Production, one node without Redis${BENCH_APP_ENV:+, app environment \`$BENCH_APP_ENV\`} · PostgreSQL $PG_VERSION (loopback; $DURABILITY) · Node $NODE_VERSION, @microsoft/signalr $SIGNALR_VERSION, WebSockets"
  echo "- data: one webinar with $N_REGISTERED confirmed registrations and a moderator host (loaded in ${LOAD_SECONDS}s); sign-in of everyone ${SIGNIN_SECONDS}s (not measured); the script ran ${RUN_SECONDS}s in all"
  echo
  echo "| step | result | target |"
  echo "|---|---|---|"
  echo "| connect $CONNECTIONS clients (negotiate + WebSocket + \`JoinEvent\` snapshot), $CONCURRENCY at once | ${R[joined]} joined, ${R[connectFailures]} failed, in ${R[connectSeconds]} s; start + join p50 ${R[joinP50]} ms, p99 ${R[joinP99]} ms; \`webinars_live_connection\`: $P_ROWS rows, $P_PEOPLE people; highest presence count a client saw: ${R[presenceSeen]} | all connected |"
  echo "| memory | app RSS $RSS_IDLE MB signed in and idle → $RSS_CONNECTED MB with ${R[joined]} connections joined: **$PER_CONNECTION KB per connection** (RSS difference / connections; Server GC, so an upper bound); peak during the broadcasts $RSS_PEAK MB, VmHWM $PEAK_RSS MB | report |"
  echo "| $MESSAGES chat messages, one every $INTERVAL_MS ms, to every client | delivery latency p50 ${R[p50]} ms, p95 ${R[p95]} ms, **p99 ${R[p99]} ms**, max ${R[max]} ms (mean ${R[mean]}); ${R[received]} of ${R[expected]} deliveries, lost ${R[lost]} ($LOSS_PCT %), ${R[over250]} over 250 ms; moderator's \`SendMessage\` round trip p50 ${R[sendP50]} ms, p99 ${R[sendP99]} ms, ${R[sendErrors]} errors; $STORED messages stored | p99 < 250 ms: $TARGET |"
  echo "| CPU per broadcast | app $APP_CPU_PER ms (authorise, store, fan out to ${R[joined]} WebSockets; the CPU of the whole broadcast window, the 10 s grace included, / $MESSAGES), PostgreSQL $PG_CPU_PER ms | |"
  echo
  echo "Latency is measured from just before the moderator's \`SendMessage\` call to the client's \`messageAdded\` handler, with one clock (\`performance.timeOrigin + performance.now()\` in the one Node process); it includes the server's checks and insert, the fan-out, and the Node event loop delivering ${R[joined]} WebSocket frames a second on the same two cores."
  echo "<!-- bench:webinars-live:end -->"
} >"$BLOCK"

bench_write_block webinars-live "$BLOCK"
