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
USERS=10000
COURSES=200
ENROLMENTS_PER_USER=10   # 10,000 × 10 = 100,000 enrolments

. "$ROOT/bench/lib.sh"
bench_init
bench_tools wrk postgresql

# --- throwaway PostgreSQL -----------------------------------------------------------------------
# fsync off only speeds up the data load; the measured pages only read. pg_stat_statements counts statements per request.
bench_postgres "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all"

# --- the app (Release) ----------------------------------------------------------------------------
bench_publish
bench_migrate

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
bench_start_app

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

"${PSQL[@]}" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"

declare -a RPS P50 P99 ERRORS RSS PER_REQUEST
for i in "${!PATHS[@]}"; do
  url="$BASE${PATHS[$i]}"
  log "Warming up ${NAMES[$i]} ($WARMUP)"
  timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
  "${PSQL[@]}" -At -c "SELECT pg_stat_statements_reset()" >/dev/null
  log "Measuring ${NAMES[$i]} ($DURATION)"
  bench_wrk "$i" -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$url"
  RSS[$i]=$(( $(rss_kb) / 1024 ))
  RPS[$i]=$WRK_RPS
  P50[$i]=$WRK_P50
  P99[$i]=$WRK_P99
  ERRORS[$i]=$WRK_ERRORS
  total=$WRK_TOTAL
  PER_REQUEST[$i]=$(awk -v s="$(bench_statements)" -v n="$total" 'BEGIN { printf "%.1f", (n > 0 ? s / n : 0) }')
  log "${NAMES[$i]}: ${RPS[$i]} req/s, p50 ${P50[$i]} ms, p99 ${P99[$i]} ms, errors ${ERRORS[$i]}, RSS ${RSS[$i]} MB, ${PER_REQUEST[$i]} SQL statements/request"
done
PEAK_RSS=$(( $(hwm_kb) / 1024 ))

# --- report ---------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f %%", 100 * a / b; else printf "—" }'; }
verdict() { # req/s, p99 ms
  awk -v r="$1" -v p="$2" 'BEGIN { if (r >= 1500 && p < 50) print "met"; else print "**missed**" }'
}
PG_VERSION=$("${PSQL[@]}" -At -c "SHOW server_version")
DOTNET_VERSION=$(dotnet --version)

BLOCK="$TMP/block.md"
{
  echo "<!-- bench:courses-load:begin (written by bench/courses-load/run.sh; edit outside these markers) -->"
  echo "### Latest run: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(bench_machine); wrk, the app and PostgreSQL share these cores"
  echo "- commit: $(bench_commit) · .NET SDK $DOTNET_VERSION, Release, Production · PostgreSQL $PG_VERSION (loopback)"
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

bench_write_block courses-load "$BLOCK"
