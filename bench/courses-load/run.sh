#!/usr/bin/env bash
# Load benchmark of the Courses catalog on PostgreSQL (not a test: it never fails on slow figures).
#
# Starts a throwaway PostgreSQL on a free loopback port, publishes the app in Release, migrates, loads
# 10,000 users, 200 courses (sections, lessons, runs) and 100,000 enrolments with SQL, starts the app in
# Production on 127.0.0.1, and measures with wrk (-t2 -c64, --latency) in one run:
#   /health/live   the machine's ceiling for this app: routing + middleware, no database, no view
#   /health        one database check through EF Core (the app has no other "one query" endpoint, and
#                  no test-only endpoint is added to production code)
#   /courses, /courses?q=медіа, /courses/{slug}   the pages under test
# and writes the figures (req/s, p50, p99, errors, app RSS, SQL statements per request) into the block
# between the bench markers in docs/benchmarks.md. Everything it starts is stopped on exit; a watchdog
# bounds the whole run (BENCH_MAX_SECONDS, default 1500).
#
# Environment: BENCH_DURATION (wrk -d, default 15s), BENCH_WARMUP (default 5s), BENCH_CONNECTIONS (64),
# BENCH_THREADS (2), BENCH_KEEP=1 keeps the temp folder, BENCH_NO_PUBLISH=1 reuses $BENCH_APP_DIR.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-5s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-2}
MAX_SECONDS=${BENCH_MAX_SECONDS:-1500}
USERS=10000
COURSES=200
ENROLMENTS_PER_USER=10   # 10,000 × 10 = 100,000 enrolments
DOC="$ROOT/docs/benchmarks.md"

TMP=$(mktemp -d /tmp/lounb-bench.XXXXXX)
chmod 755 "$TMP"
PG_DATA="$TMP/pg"
PG_BIN=""
APP_PID=""
WATCHDOG_PID=""

log() { printf '==> %s\n' "$*" >&2; }

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$APP_PID" 2>/dev/null || true
  fi
  if [ -n "$PG_BIN" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
    "${RUN_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -t 30 stop >/dev/null 2>&1 || true
  fi
  if [ -n "$WATCHDOG_PID" ]; then kill "$WATCHDOG_PID" 2>/dev/null || true; fi
  if [ "${BENCH_KEEP:-0}" = 1 ]; then log "Kept $TMP"; else rm -rf "$TMP"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'log "Interrupted"; exit 130' INT TERM

# The whole run is bounded: the watchdog interrupts this script, whose trap stops everything.
# (A signal reaches the script once its current command returns; every command below has its own timeout.)
(
  trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
  sleep "$MAX_SECONDS" </dev/null >/dev/null 2>&1 &
  sleeper=$!
  wait "$sleeper"
  echo "==> Time limit of ${MAX_SECONDS}s reached: stopping" >&2
  kill -TERM $$
) &
WATCHDOG_PID=$!

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

# --- tools ------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  DEBIAN_FRONTEND=noninteractive timeout 900 $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
fi

# --- throwaway PostgreSQL -----------------------------------------------------------------------
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_PORT=$(free_port)
mkdir -p "$PG_DATA"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$PG_DATA"
  RUN_PG=(runuser -u postgres --)
else
  RUN_PG=()
fi
log "Starting PostgreSQL $(basename "$(dirname "$PG_BIN")") on 127.0.0.1:$PG_PORT"
"${RUN_PG[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# fsync off only speeds up the data load; the measured pages only read. pg_stat_statements counts statements per request.
"${RUN_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
  -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" \
  start >/dev/null
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q -X)
"${PSQL[@]}" -d postgres -c "CREATE DATABASE lounb"
PSQL+=(-d lounb)
CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Database=lounb;Username=postgres;Pooling=true;Maximum Pool Size=100"

# --- the app (Release) ----------------------------------------------------------------------------
APP_DIR=${BENCH_APP_DIR:-$TMP/app}
if [ "${BENCH_NO_PUBLISH:-0}" != 1 ]; then
  log "Publishing Release to $APP_DIR"
  timeout 900 dotnet publish src/Lounb.Learning -c Release -o "$APP_DIR" -nologo -v quiet >"$TMP/publish.log" 2>&1 \
    || { cat "$TMP/publish.log" >&2; exit 1; }
fi

APP_ENV=(
  ASPNETCORE_ENVIRONMENT=Production
  Lounb__Database__Provider=Postgres
  "ConnectionStrings__Postgres=$CONNECTION"
  Lounb__Security__RequireStaff2fa=false
  "Lounb__Database__DataDirectory=$TMP/data"
  "Lounb__Email__OutboxDirectory=$TMP/data/outbox"
  Logging__LogLevel__Default=Warning
  Logging__LogLevel__Microsoft.AspNetCore=Warning
  Logging__LogLevel__Microsoft.EntityFrameworkCore=Warning
  DOTNET_CLI_TELEMETRY_OPTOUT=1
  DOTNET_NOLOGO=1
)

log "Migrating"
env -C "$APP_DIR" "${APP_ENV[@]}" timeout 300 dotnet Lounb.Learning.dll migrate >"$TMP/migrate.log" 2>&1 \
  || { cat "$TMP/migrate.log" >&2; exit 1; }

# --- data volume ----------------------------------------------------------------------------------
# lower() must fold Cyrillic like SearchText.Normalize (C#'s ToLowerInvariant) does, or search would find nothing.
[ "$("${PSQL[@]}" -At -c "SELECT lower('МЕДІАГРАМОТНІСТЬ ЇЖАК ҐАНОК')")" = "медіаграмотність їжак ґанок" ] \
  || { log "This PostgreSQL's lower() does not fold Cyrillic: cannot build search_text"; exit 1; }

log "Loading $USERS users, $COURSES courses, $((USERS * ENROLMENTS_PER_USER)) enrolments"
SECONDS=0
"${PSQL[@]}" -v users="$USERS" -v courses="$COURSES" -v per_user="$ENROLMENTS_PER_USER" -f "$ROOT/bench/courses-load/load.sql"
LOAD_SECONDS=$SECONDS
read -r N_USERS N_COURSES N_PUBLISHED N_RUNS N_OPEN_RUNS N_ENROLMENTS N_LESSONS < <("${PSQL[@]}" -At -F ' ' -c "
  SELECT (SELECT count(*) FROM identity_user), (SELECT count(*) FROM courses_course),
         (SELECT count(*) FROM courses_course WHERE status = 'Published'), (SELECT count(*) FROM courses_run),
         (SELECT count(*) FROM courses_run WHERE state = 'Published' AND ends_on >= current_date),
         (SELECT count(*) FROM courses_enrollment), (SELECT count(*) FROM courses_lesson)")
log "Loaded in ${LOAD_SECONDS}s: users=$N_USERS courses=$N_COURSES (published $N_PUBLISHED) runs=$N_RUNS (open $N_OPEN_RUNS) lessons=$N_LESSONS enrolments=$N_ENROLMENTS"
# The course page measured: the one with the most enrolments.
SLUG=$("${PSQL[@]}" -At -c "SELECT c.slug FROM courses_course c JOIN courses_enrollment e ON e.course_id = c.id
  WHERE c.status = 'Published' GROUP BY c.slug ORDER BY count(*) DESC, c.slug LIMIT 1")

# --- start the app ------------------------------------------------------------------------------
APP_PORT=$(free_port)
BASE="http://127.0.0.1:$APP_PORT"
log "Starting the app on $BASE"
# env execs dotnet, so $! is the app's own process id (for /proc/<id>/status and for stopping it).
env -C "$APP_DIR" "${APP_ENV[@]}" ASPNETCORE_URLS="$BASE" dotnet Lounb.Learning.dll >"$TMP/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "$BASE/health"; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { cat "$TMP/app.log" >&2; log "The app exited"; exit 1; }
  sleep 0.5
done
curl -fs -o /dev/null "$BASE/health" || { tail -50 "$TMP/app.log" >&2; log "The app did not become healthy"; exit 1; }

Q_MEDIA='%D0%BC%D0%B5%D0%B4%D1%96%D0%B0' # медіа
NAMES=("/health/live" "/health" "/courses" "/courses?q=медіа" "/courses/$SLUG")
PATHS=("/health/live" "/health" "/courses" "/courses?q=$Q_MEDIA" "/courses/$SLUG")

# Every measured address answers 200 with the expected content (a fast error page would be a false result).
check() {
  local path=$1 expect=$2 body
  body=$(curl -fsS "$BASE$path") || { log "GET $path failed"; exit 1; }
  grep -q -- "$expect" <<<"$body" || { log "GET $path does not contain \"$expect\""; exit 1; }
}
check "/health/live" "Healthy"
check "/health" "Healthy"
check "/courses" "Знайдено курсів: <strong id=\"course-count\">$N_PUBLISHED</strong>"
check "/courses?q=$Q_MEDIA" "Знайдено курсів"
check "/courses/$SLUG" "Набори"
CATALOG_BYTES=$(curl -fsS "$BASE/courses" | wc -c)
SEARCH_FOUND=$(curl -fsS "$BASE/courses?q=$Q_MEDIA" | grep -o 'id="course-count">[0-9]*' | grep -o '[0-9]*$')
COURSE_BYTES=$(curl -fsS "$BASE/courses/$SLUG" | wc -c)

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status"; }
hwm_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$APP_PID/status"; }
"${PSQL[@]}" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
statements() {
  "${PSQL[@]}" -At -c "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
    WHERE d.datname = 'lounb' AND s.query NOT ILIKE '%pg_stat_statements%'"
}

# wrk prints latencies as 812.00us / 4.10ms / 1.02s: convert to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.0f", v * 60000 }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else { printf "?" } }'
}

declare -a RPS P50 P99 ERRORS RSS PER_REQUEST
for i in "${!PATHS[@]}"; do
  url="$BASE${PATHS[$i]}"
  log "Warming up ${NAMES[$i]} ($WARMUP)"
  timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
  "${PSQL[@]}" -At -c "SELECT pg_stat_statements_reset()" >/dev/null
  log "Measuring ${NAMES[$i]} ($DURATION)"
  out=$(timeout 300 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url")
  echo "$out" >"$TMP/wrk-$i.txt"
  RSS[$i]=$(( $(rss_kb) / 1024 ))
  RPS[$i]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  P50[$i]=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  P99[$i]=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  total=$(awk '/requests in/ { print $1 }' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' <<<"$out")
  sockerr=$(awk -F'[ ,]+' '/Socket errors:/ { print $4 + $6 + $8 + $10 }' <<<"$out")
  ERRORS[$i]=$(( ${non2xx:-0} + ${sockerr:-0} ))
  PER_REQUEST[$i]=$(awk -v s="$(statements)" -v n="$total" 'BEGIN { printf "%.1f", (n > 0 ? s / n : 0) }')
  log "${NAMES[$i]}: ${RPS[$i]} req/s, p50 ${P50[$i]} ms, p99 ${P99[$i]} ms, errors ${ERRORS[$i]}, RSS ${RSS[$i]} MB, ${PER_REQUEST[$i]} SQL statements/request"
done
PEAK_RSS=$(( $(hwm_kb) / 1024 ))

# --- report ---------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f %%", 100 * a / b; else printf "—" }'; }
verdict() { # req/s, p99 ms
  awk -v r="$1" -v p="$2" 'BEGIN { if (r >= 1500 && p < 50) print "met"; else print "**missed**" }'
}
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD)
DIRTY=$(git -C "$ROOT" status --porcelain --untracked-files=no | grep -q . && echo " (+ uncommitted changes)" || true)
CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
PG_VERSION=$("${PSQL[@]}" -At -c "SHOW server_version")
DOTNET_VERSION=$(dotnet --version)

BLOCK="$TMP/block.md"
{
  echo "<!-- bench:courses-load:begin (written by bench/courses-load/run.sh; edit outside these markers) -->"
  echo "### Latest run: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(nproc) cores, $CPU, $(awk '/^MemTotal:/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; wrk, the app and PostgreSQL share these cores"
  echo "- commit: \`$COMMIT\`$DIRTY · .NET SDK $DOTNET_VERSION, Release, Production · PostgreSQL $PG_VERSION (loopback)"
  echo "- data: $N_USERS users, $N_COURSES courses ($N_PUBLISHED published, $N_LESSONS lessons), $N_RUNS runs ($N_OPEN_RUNS open), $N_ENROLMENTS enrolments (loaded in ${LOAD_SECONDS}s)"
  echo "- load: \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency\` after a $WARMUP warm-up per address; RSS = VmRSS of the app after each run (peak $PEAK_RSS MB)"
  echo "- pages: /courses $CATALOG_BYTES bytes (24 cards of $N_PUBLISHED); /courses?q=медіа finds $SEARCH_FOUND; /courses/$SLUG $COURSE_BYTES bytes"
  echo
  echo "| address | req/s | p50 ms | p99 ms | errors | SQL statements / request | RSS MB | vs /health/live | vs /health | target ≥ 1,500 req/s, p99 < 50 ms |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  for i in "${!PATHS[@]}"; do
    if [ "$i" -ge 2 ]; then target=$(verdict "${RPS[$i]}" "${P99[$i]}"); else target="(ceiling)"; fi
    printf '| `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "${NAMES[$i]}" "${RPS[$i]}" "${P50[$i]}" "${P99[$i]}" "${ERRORS[$i]}" \
      "${PER_REQUEST[$i]}" "${RSS[$i]}" "$(ratio "${RPS[$i]}" "${RPS[0]}")" "$(ratio "${RPS[$i]}" "${RPS[1]}")" "$target"
  done
  echo "<!-- bench:courses-load:end -->"
} >"$BLOCK"

if [ ! -f "$DOC" ]; then
  printf '# Benchmarks\n\n## Courses catalog under load (`bench/courses-load/run.sh`)\n\n' >"$DOC"
fi
if grep -q '<!-- bench:courses-load:begin' "$DOC"; then
  awk -v block="$BLOCK" '
    /<!-- bench:courses-load:begin/ { while ((getline line < block) > 0) print line; skip = 1; next }
    /<!-- bench:courses-load:end -->/ { skip = 0; next }
    !skip { print }' "$DOC" >"$TMP/doc.md"
  cp "$TMP/doc.md" "$DOC"
else
  { echo; cat "$BLOCK"; } >>"$DOC"
fi
cat "$BLOCK"
log "Written to docs/benchmarks.md"
