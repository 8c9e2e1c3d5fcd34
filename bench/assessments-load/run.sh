#!/usr/bin/env bash
# Load benchmark of an exam day on PostgreSQL: 5,000 examinees start, read and answer (not a test: it never fails on
# slow figures). The app, PostgreSQL and the load generator share the machine's cores.
#
# Starts a throwaway PostgreSQL on a free loopback port with its default durability (fsync, synchronous_commit and
# full_page_writes on: a save is on disk when the app acknowledges it), publishes the app in Release, migrates, loads
# with SQL 5,000 learners (+ 100 who warm the app up, + 1 methodologist), a bank of 100 questions and two published
# quizzes that each draw 20 of them (5 a page, 60 minutes; the second is the same exam's second sitting), 50 published
# courses (bench/courses-load/load.sql, no extra people; each learner enrolled in one run), starts the app
# in Production on 127.0.0.1 and, in one run (the numbers below are the defaults: 5,000 learners, starts over 59 s):
#   1. signs everyone in through /account/login (start.mjs login; not measured: PBKDF2 is deliberately slow);
#   2. measures /health/live and /health with wrk at 64 connections (the ceilings of this machine), while the sign-in
#      cookies pass the 1-minute security-stamp interval;
#   3. everyone opens the quiz page (which re-issues the cookie, as a browser's next request would, and gives the
#      start form's antiforgery token);
#   4. exam start: the warm-up learners start; then the 5,000 learners start the exam, arriving evenly over 59 s with
#      at most 100 requests in flight (the target: all started within 60 s, p99 < 1 s); then the same 5,000 start
#      the second sitting all at once, at most 100 in flight (the machine's capacity for starts);
#   5. /health/live and /health at 256 connections, while the cookies pass the interval again; everyone asks for their
#      attempt's clock (re-issuing the cookie); then, within that fresh minute, the attempt page (wrk -s pages.lua:
#      GET /attempts/{id}?page=0…3, each examinee with their own cookie) and a signed-in course page (GET /courses/{slug}
#      as the examinees) at 64 connections (targets ≥ 1,000/s with p99 < 100 ms and ≥ 3,000/s with p99 < 50 ms);
#      then the cookies pass the interval once more and everyone asks for their clock again, for the saves;
#   6. answer saves (wrk -s save.lua: one PUT /api/attempts/{id}/answers/{slot} per request, each learner with their own
#      cookie and antiforgery token, versions only growing): a warm-up, then 256 connections as fast as they are
#      answered (the target: ≥ 4,000/s), then 256 connections offering a steady 2,000 saves/s (the target: p99 < 20 ms); after each
#      run the database must hold, per (attempt, slot), the last version sent (or the one before it for a request in
#      flight when wrk stopped) and every answer must parse as JSON of its question type's shape;
#   6b. A/B (BENCH_SAVE_AB=1, the default): restarts the app with Lounb__Assessments__GroupCommitSaves=false, re-issues
#      the cookies and measures the same closed loop again, each save in its own commit (the RSS target is judged on
#      the app before the restart);
#   7. loads one attempt page to check that it shows the 20 questions and the saved answers.
# Per scenario: requests, rate, p50/p99, errors, SQL statements per request (pg_stat_statements), CPU ms per request of
# the app and of PostgreSQL, peak app RSS (sampled every 0.2 s), WAL flushes per save, and beside each the bare
# (/health/live) and one-query (/health) ceilings measured in the same run at the same number of connections. The figures go into the block
# between the bench markers in docs/benchmarks.md. Everything it starts is stopped on exit; a watchdog bounds the whole
# run (BENCH_MAX_SECONDS, default 3600 here: signing 5,100 people in with PBKDF2 takes minutes).
#
# Environment: BENCH_DURATION (wrk -d, default 15s), BENCH_WARMUP (5s), BENCH_CONNECTIONS (saves and ceilings, 256),
# BENCH_THREADS (2), BENCH_LEARNERS (5000), BENCH_START_CONCURRENCY (100), BENCH_START_SPREAD (59 seconds),
# BENCH_PAGE_CONNECTIONS (64, the attempt and course pages),
# BENCH_SAVE_RATE (2000), BENCH_SAVE_AB (1: the closed-loop A/B without group commit; 0 skips it), BENCH_APP_ENV (extra environment of the app) and BENCH_CONNECTION_EXTRA (";Key=value" Npgsql
# settings) for experiments, BENCH_KEEP=1 keeps the temp folder, BENCH_NO_PUBLISH=1 reuses $BENCH_APP_DIR.
# The three save runs must end within a minute of step 5: keep 2 × BENCH_DURATION + BENCH_WARMUP under about 50 s.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE="$ROOT/bench/assessments-load"
DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-5s}
CONNECTIONS=${BENCH_CONNECTIONS:-256}
THREADS=${BENCH_THREADS:-2}
LEARNERS=${BENCH_LEARNERS:-5000}
PAGE_CONNECTIONS=${BENCH_PAGE_CONNECTIONS:-64}
WARMUP_LEARNERS=100
START_CONCURRENCY=${BENCH_START_CONCURRENCY:-100}
START_SPREAD=${BENCH_START_SPREAD:-59}
START_WITHIN=$(awk -v s="$START_SPREAD" 'BEGIN { printf "%d", s + 1 }')
SAVE_RATE=${BENCH_SAVE_RATE:-2000}
SAVE_AB=${BENCH_SAVE_AB:-1}
PASSWORD='Bench-Learner-2026'

BENCH_MAX_SECONDS=${BENCH_MAX_SECONDS:-3600}
. "$ROOT/bench/lib.sh"
bench_init
bench_tools wrk postgresql nodejs
LOAD_BEFORE=$(bench_load)

# --- throwaway PostgreSQL (durable, as in production) -------------------------------------------------
# No fsync/synchronous_commit/full_page_writes settings: the defaults (on) make every acknowledged save durable.
# pg_stat_statements counts statements per request; track_wal_io_timing times the WAL flushes.
bench_postgres "-c max_connections=200 -c shared_buffers=256MB -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all -c track_wal_io_timing=on"
DURABILITY=$("${PSQL[@]}" -At -c "SELECT 'fsync=' || current_setting('fsync') || ', synchronous_commit=' || current_setting('synchronous_commit')
  || ', full_page_writes=' || current_setting('full_page_writes') || ', wal_sync_method=' || current_setting('wal_sync_method')")
log "PostgreSQL durability: $DURABILITY"

# --- the app (Release) ----------------------------------------------------------------------------
bench_publish
bench_migrate

# --- data -------------------------------------------------------------------------------------------
log "Loading $LEARNERS learners (+ $WARMUP_LEARNERS warm-up), the question bank and the quizzes"
SECONDS=0
PASSWORD_HASH=$(node "$HERE/start.mjs" hash "$PASSWORD")
"${PSQL[@]}" -v learners="$LEARNERS" -v warmup_learners="$WARMUP_LEARNERS" -v password_hash="$PASSWORD_HASH" -f "$HERE/load.sql"
"${PSQL[@]}" -v users=0 -v courses=50 -v per_user=1 -f "$ROOT/bench/courses-load/load.sql"
LOAD_SECONDS=$SECONDS
# The course page measured: the published course with the most enrolments, as the examinees see it signed in.
SLUG=$("${PSQL[@]}" -At -c "SELECT c.slug FROM courses_course c JOIN courses_enrollment e ON e.course_id = c.id
  WHERE c.status = 'Published' GROUP BY c.slug ORDER BY count(*) DESC, c.slug LIMIT 1")
QUIZ=$("${PSQL[@]}" -At -c "SELECT id FROM assessments_quiz WHERE status = 'Published' AND title NOT LIKE '%друга сесія%'")
QUIZ2=$("${PSQL[@]}" -At -c "SELECT id FROM assessments_quiz WHERE status = 'Published' AND title LIKE '%друга сесія%'")
read -r N_USERS N_QUESTIONS N_DRAWN N_PER_PAGE N_LIMIT < <("${PSQL[@]}" -At -F ' ' -c "
  SELECT (SELECT count(*) FROM identity_user), (SELECT count(*) FROM assessments_question),
         (SELECT sum(draw_count) FROM assessments_quiz_slot WHERE quiz_id = '$QUIZ'), q.questions_per_page, q.time_limit_minutes
  FROM assessments_quiz q WHERE q.id = '$QUIZ'")
log "Loaded in ${LOAD_SECONDS}s: users=$N_USERS questions=$N_QUESTIONS; each quiz draws $N_DRAWN, $N_PER_PAGE a page, $N_LIMIT min"

# --- the app ------------------------------------------------------------------------------------------
# Sign-in is rate limited per address; everyone signs in from 127.0.0.1 here (10,000 a minute is the most allowed).
APP_ENV+=(Lounb__Security__AuthPermitPerMinute=10000)
# BENCH_APP_ENV="NAME=value ..." adds settings for an experiment (e.g. DOTNET_gcServer=0); the figures say so.
read -r -a EXTRA_ENV <<<"${BENCH_APP_ENV:-}"
APP_ENV+=("${EXTRA_ENV[@]}")
bench_start_app
for path in /health/live /health; do
  curl -fsS "$BASE$path" | grep -q Healthy || { log "GET $path is not Healthy"; exit 1; }
done
"${PSQL[@]}" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
JAR="$TMP/people.json"

# --- measurement helpers ------------------------------------------------------------------------------
# measure_begin; ...; measure_end N  →  M_STATEMENTS M_CPU_APP M_CPU_PG (per request) and M_RSS (peak MB) of the run.
LOADS=()
measure_begin() {
  "${PSQL[@]}" -At -c "SELECT pg_stat_statements_reset()" >/dev/null
  "${PSQL[@]}" -At -c "SELECT pg_stat_reset_shared('wal')" >/dev/null
  LOADS+=("$(bench_load)")
  read -r CPU_APP0 CPU_PG0 < <(bench_cpu)
  bench_rss_sampler_start
}
measure_end() {
  local n=$1 app pg
  M_RSS=$(bench_rss_sampler_stop)
  read -r app pg < <(bench_cpu)
  M_CPU_APP=$(awk -v c=$(( app - CPU_APP0 )) -v n="$n" 'BEGIN { printf "%.2f", (n > 0 ? c / n : 0) }')
  M_CPU_PG=$(awk -v c=$(( pg - CPU_PG0 )) -v n="$n" 'BEGIN { printf "%.2f", (n > 0 ? c / n : 0) }')
  M_STATEMENTS=$(awk -v s="$(bench_statements)" -v n="$n" 'BEGIN { printf "%.1f", (n > 0 ? s / n : 0) }')
}
# The statements of the last measurement, most frequent first: "calls per request × query (mean ms)" (at most 7).
statement_list() {
  "${PSQL[@]}" -At -F $'\t' -c "SELECT s.calls, round(s.mean_exec_time::numeric, 3), regexp_replace(left(s.query, 110), '\s+', ' ', 'g')
    FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
    WHERE d.datname = 'lounb' AND s.query NOT ILIKE '%pg_stat_statements%' AND s.query NOT ILIKE '%pg_stat_reset_shared%' AND s.query NOT ILIKE '%pg_stat_wal%'
    ORDER BY s.calls DESC, s.query LIMIT 7" |
    awk -F'\t' -v n="$1" '{ printf "  - %.2f × `%s%s` (mean %s ms)\n", $1 / n, $3, (length($3) >= 110 ? "…" : ""), $2 }'
}
wait_until() {
  local left=$(( $1 - $(date +%s) ))
  if [ "$left" -gt 0 ]; then
    log "Waiting ${left}s: every sign-in cookie must be older than the security-stamp interval (1 minute)"
    sleep "$left"
  fi
}
# Rows of the report: scenario | done | rate | p50 | p99 | errors | SQL/request | app CPU | PostgreSQL CPU | RSS | target
ROWS=()
declare -A CEILING
measure_health() {
  local c=$1 path
  for path in /health/live /health; do
    log "Warming up $path -c$c ($WARMUP)"
    timeout 120 wrk -t"$THREADS" -c"$c" -d"$WARMUP" "$BASE$path" >/dev/null
    measure_begin
    log "Measuring $path -c$c ($DURATION)"
    bench_wrk "health-$c${path//\//-}" -t"$THREADS" -c"$c" -d"$DURATION" "$BASE$path"
    measure_end "$WRK_TOTAL"
    ROWS+=("| \`$path\` -c$c | $WRK_TOTAL | $WRK_RPS /s | $WRK_P50 | $WRK_P99 | $WRK_ERRORS | $M_STATEMENTS | $M_CPU_APP | $M_CPU_PG | $M_RSS | — | — | (ceiling) |")
    CEILING[$c$path]="$WRK_RPS /s · p99 $WRK_P99"
    log "$path -c$c: $WRK_RPS req/s, p50 $WRK_P50 ms, p99 $WRK_P99 ms, errors $WRK_ERRORS, CPU/request app $M_CPU_APP ms + PostgreSQL $M_CPU_PG ms"
  done
}
field() { node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[process.argv[2]])' "$1" "$2"; }
met() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "**missed**"; fi; }

# --- 1. sign-in (not measured) ----------------------------------------------------------------------
log "Signing in $((LEARNERS + WARMUP_LEARNERS)) people (4 at a time; not measured)"
LOGIN=$(timeout 2400 node "$HERE/start.mjs" login --base "$BASE" --learners "$LEARNERS" --warmup "$WARMUP_LEARNERS" --password "$PASSWORD" --jar "$JAR" --concurrency 4)
LOGIN_DONE=$(date +%s)
LOGIN_SECONDS=$(node -e 'console.log(JSON.parse(process.argv[1]).seconds)' "$LOGIN")
REHASHED=$("${PSQL[@]}" -At -c "SELECT count(*) FROM identity_user WHERE password_hash <> '$PASSWORD_HASH'")
log "Signed in: $LOGIN (password hashes the app rewrote: $REHASHED)"

# --- 2. ceilings at 64 connections ------------------------------------------------------------------
measure_health 64

# --- 3. the quiz page, with every sign-in cookie re-issued ---------------------------------------------
# A request made more than a minute after sign-in has its cookie checked against the database and re-issued. A browser
# keeps the new cookie, wrk cannot: so all cookies are re-issued at one moment, and the measured phases follow within it.
wait_until $(( LOGIN_DONE + 65 ))
PREP=$(timeout 300 node "$HERE/start.mjs" prep --base "$BASE" --quiz "$QUIZ" --jar "$JAR" --concurrency 16)
PREP_DONE=$(date +%s)
log "Quiz page opened: $PREP"

# --- 4. exam starts ----------------------------------------------------------------------------------
log "Warming up: $WARMUP_LEARNERS starts"
timeout 300 node "$HERE/start.mjs" start --base "$BASE" --quiz "$QUIZ" --jar "$JAR" --who warmup --concurrency 10 >/dev/null
sleep 2 # lets the runtime finish compiling the hot methods
declare -A S
for run in spread burst; do
  if [ "$run" = spread ]; then quiz=$QUIZ; spread=$START_SPREAD; else quiz=$QUIZ2; spread=0; fi
  measure_begin
  log "Measuring: $LEARNERS starts, at most $START_CONCURRENCY in flight, arriving over ${spread}s (0: all at once)"
  timeout 300 node "$HERE/start.mjs" start --base "$BASE" --quiz "$quiz" --jar "$JAR" --who learner --concurrency "$START_CONCURRENCY" \
    --spread "$spread" --out "$TMP/attempts-$run.tsv" --report "$TMP/start-$run.json" >&2
  measure_end "$LEARNERS"
  for k in ok errors seconds perSecond p50 p99 max; do S[$run.$k]=$(field "$TMP/start-$run.json" "$k"); done
  S[$run.rss]=$M_RSS; S[$run.sql]=$M_STATEMENTS; S[$run.app]=$M_CPU_APP; S[$run.pg]=$M_CPU_PG
  if [ "$run" = spread ]; then S_STATEMENTS=$(statement_list "$LEARNERS"); fi
  log "Starts ($run): ${S[$run.ok]} of $LEARNERS in ${S[$run.seconds]}s (${S[$run.perSecond]}/s), p50 ${S[$run.p50]} ms, p99 ${S[$run.p99]} ms, errors ${S[$run.errors]}, RSS peak $M_RSS MB, ${M_STATEMENTS} SQL statements and CPU app $M_CPU_APP ms + PostgreSQL $M_CPU_PG ms per start"
done
START_END=$(date +%s)
read -r A_COUNT A_SLOTS A_PAGES A_DEADLINE < <("${PSQL[@]}" -At -F ' ' -c "
  SELECT count(DISTINCT a.id), count(*), count(DISTINCT (s.attempt_id, s.page)),
         count(DISTINCT a.id) FILTER (WHERE a.deadline_at = a.started_at + interval '$N_LIMIT minutes')
  FROM assessments_attempt a JOIN assessments_attempt_slot s ON s.attempt_id = a.id
  WHERE a.quiz_id IN ('$QUIZ', '$QUIZ2') AND a.state = 'InProgress' AND a.user_id IN (SELECT id FROM identity_user WHERE email LIKE 'learner%')")
log "In the database: $A_COUNT attempts in progress, $A_SLOTS slots on $A_PAGES pages, $A_DEADLINE with the deadline $N_LIMIT minutes after the start"

# --- 5. ceilings at 256 connections; every cookie re-issued again -----------------------------------
measure_health "$CONNECTIONS"
if [ "$PAGE_CONNECTIONS" != 64 ]; then measure_health "$PAGE_CONNECTIONS"; fi
refresh_cookies() {
  wait_until $(( $1 + 65 ))
  REFRESH_AT=$(date +%s)
  REFRESH=$(timeout 600 node "$HERE/start.mjs" refresh --base "$BASE" --quiz "$QUIZ" --jar "$JAR" --out "$TMP/attempts.tsv" --concurrency 16)
  log "Attempt clocks asked: $REFRESH"
}
# The starts re-issued cookies until they ended: all of them pass the interval, then are re-issued at one moment.
refresh_cookies "$START_END"

# --- 5b. the attempt page and a signed-in course page ---------------------------------------------------
awk -F'\t' '{ for (p = 0; p < 4; p++) printf "/attempts/%s?page=%d\t%s\n", $1, p, $3 }' "$TMP/attempts.tsv" >"$TMP/pages-attempt.tsv"
awk -F'\t' -v slug="$SLUG" '{ printf "/courses/%s\t%s\n", slug, $3 }' "$TMP/attempts.tsv" >"$TMP/pages-course.tsv"
FIRST_PAGE_COOKIE=$(head -n 1 "$TMP/attempts.tsv" | cut -f3)
# The whole page first: grep -q stops reading at its first match, and curl's write into the closed pipe would fail the check.
FIRST_PAGE=$(curl -fsS -H "Cookie: $FIRST_PAGE_COOKIE" "$BASE$(head -n 1 "$TMP/pages-attempt.tsv" | cut -f1)")
grep -q 'class="question card' <<<"$FIRST_PAGE" || { log "The attempt page does not show questions"; exit 1; }
[ "$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: $FIRST_PAGE_COOKIE" "$BASE/courses/$SLUG")" = 200 ] || { log "GET /courses/$SLUG is not 200"; exit 1; }
declare -A P
for run in attempt course; do
  export BENCH_PAGES_DATA="$TMP/pages-$run.tsv"
  log "Warming up the $run page ($WARMUP)"
  timeout 120 wrk -t"$THREADS" -c"$PAGE_CONNECTIONS" -d"$WARMUP" -s "$HERE/pages.lua" "$BASE" >/dev/null
  measure_begin
  log "Measuring the $run page -c$PAGE_CONNECTIONS ($DURATION)"
  bench_wrk "page-$run" -t"$THREADS" -c"$PAGE_CONNECTIONS" -d"$DURATION" -s "$HERE/pages.lua" "$BASE"
  measure_end "$WRK_TOTAL"
  not200=$(awk '/^not 200:/ { print $3 }' "$TMP/wrk-page-$run.txt")
  P[$run.total]=$WRK_TOTAL; P[$run.rps]=$WRK_RPS; P[$run.p50]=$WRK_P50; P[$run.p99]=$WRK_P99; P[$run.errors]=$(( WRK_ERRORS > ${not200:-0} ? WRK_ERRORS : ${not200:-0} ))
  P[$run.rss]=$M_RSS; P[$run.sql]=$M_STATEMENTS; P[$run.app]=$M_CPU_APP; P[$run.pg]=$M_CPU_PG
  P[$run.statements]=$(statement_list "$WRK_TOTAL")
  log "The $run page: $WRK_RPS/s, p50 $WRK_P50 ms, p99 $WRK_P99 ms, errors ${P[$run.errors]}, $M_STATEMENTS SQL statements and CPU app $M_CPU_APP ms + PostgreSQL $M_CPU_PG ms per page, RSS peak $M_RSS MB"
done
unset BENCH_PAGES_DATA
refresh_cookies "$REFRESH_AT"

# --- 6. answer saves -------------------------------------------------------------------------------
# saves.tsv: attempt id, its slots' question types (one letter each), antiforgery token, cookie header.
write_saves_file() {
  "${PSQL[@]}" <<SQL
CREATE TEMP TABLE b_start (attempt_id uuid, token text, cookie text, n serial);
\\copy b_start (attempt_id, token, cookie) FROM '$TMP/attempts.tsv'
\\copy (SELECT b.attempt_id, t.types, b.token, b.cookie FROM b_start b CROSS JOIN LATERAL (SELECT string_agg(CASE v.type WHEN 'SingleChoice' THEN 'S' WHEN 'MultipleChoice' THEN 'M' WHEN 'TrueFalse' THEN 'T' WHEN 'ShortAnswer' THEN 'A' WHEN 'Numerical' THEN 'N' ELSE 'E' END, '' ORDER BY s.number) AS types FROM assessments_attempt_slot s JOIN assessments_question_version v ON v.id = s.question_version_id WHERE s.attempt_id = b.attempt_id) t ORDER BY b.n) TO '$TMP/saves.tsv'
SQL
}
write_saves_file
export BENCH_SAVE_DATA="$TMP/saves.tsv" BENCH_SAVE_THREADS="$THREADS"
URL="$BASE/api/attempts"
log "Warming up saves ($WARMUP)"
BENCH_SAVE_REPORT="$TMP/save-warmup.txt" timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/save.lua" "$URL" >/dev/null
declare -A V
SAVE_RUNS=(closed paced)
if [ "$SAVE_AB" = 1 ]; then SAVE_RUNS+=(direct); fi
for run in "${SAVE_RUNS[@]}"; do
  if [ "$run" = paced ]; then export BENCH_SAVE_RATE="$SAVE_RATE"; else unset BENCH_SAVE_RATE; fi
  if [ "$run" = direct ]; then
    PACED_REFRESH_AT=$REFRESH_AT
    # A/B in the same run: the app restarted with group commit off (each save its own commit, as before it), the
    # cookies re-issued within a fresh minute, a warm-up, then the same closed loop as "closed".
    MAIN_HWM=$(( $(hwm_kb) / 1024 ))
    log "Restarting the app with Lounb__Assessments__GroupCommitSaves=false for the A/B closed loop"
    kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    APP_ENV+=(Lounb__Assessments__GroupCommitSaves=false)
    bench_start_app
    URL="$BASE/api/attempts"
    refresh_cookies "$REFRESH_AT"
    write_saves_file
    BENCH_SAVE_REPORT="$TMP/save-warmup-direct.txt" timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/save.lua" "$URL" >/dev/null
  fi
  measure_begin
  log "Measuring saves, $run ($DURATION)"
  BENCH_SAVE_REPORT="$TMP/save-$run.txt" bench_wrk "saves-$run" -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$HERE/save.lua" "$URL"
  measure_end "$WRK_TOTAL"
  V[$run.end]=$(date +%s)
  V[$run.total]=$WRK_TOTAL; V[$run.rps]=$WRK_RPS; V[$run.p50]=$WRK_P50; V[$run.p99]=$WRK_P99
  V[$run.rss]=$M_RSS; V[$run.sql]=$M_STATEMENTS; V[$run.app]=$M_CPU_APP; V[$run.pg]=$M_CPU_PG
  read -r sent received non200 stale < <(awk -F'\t' '$1 == "thread" { s += $3; r += $4; e += $5; n += $6 } END { print s + 0, r + 0, e + 0, n + 0 }' "$TMP/save-$run.txt")
  socket=$(awk -F'[ ,]+' '/Socket errors:/ { print $4 + $6 + $8 + $10 }' "$TMP/wrk-saves-$run.txt")
  V[$run.errors]=$(( non200 + ${socket:-0} )); V[$run.stale]=$stale
  V[$run.first_error]=$(awk -F'\t' '$1 == "thread" && $7 != "" { print $7; exit }' "$TMP/save-$run.txt")
  V[$run.rechecks]=$("${PSQL[@]}" -At -c "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query ILIKE '%FROM identity_user%'")
  read -r syncs sync_ms < <("${PSQL[@]}" -At -F ' ' -c "SELECT wal_sync, round((wal_sync_time / greatest(wal_sync, 1))::numeric, 2) FROM pg_stat_wal")
  V[$run.syncs]=$syncs; V[$run.sync_ms]=$sync_ms
  V[$run.per_sync]=$(awk -v n="$WRK_TOTAL" -v s="$syncs" 'BEGIN { printf "%.1f", (s > 0 ? n / s : 0) }')
  if [ "$run" = paced ]; then V_STATEMENTS=$(statement_list "$WRK_TOTAL"); fi
  # What the database holds: per (attempt, slot) saved in this run, the last version sent, or the one before it for a
  # request in flight when wrk stopped; never an older one (a lost save) nor a newer one.
  grep '^pair' "$TMP/save-$run.txt" | cut -f2- >"$TMP/pairs-$run.tsv"
  read -r pairs last inflight wrong < <("${PSQL[@]}" -At -F ' ' <<SQL
CREATE TEMP TABLE b_sent (attempt_id uuid, number int, last_sent bigint, prev_sent bigint);
\\copy b_sent FROM '$TMP/pairs-$run.tsv'
SELECT count(*), count(*) FILTER (WHERE s.response_version = b.last_sent),
  count(*) FILTER (WHERE s.response_version < b.last_sent AND (b.prev_sent IS NULL OR s.response_version = b.prev_sent)),
  count(*) FILTER (WHERE s.response_version > b.last_sent OR (s.response_version < b.last_sent AND b.prev_sent IS NOT NULL AND s.response_version <> b.prev_sent))
FROM b_sent b JOIN assessments_attempt_slot s ON s.attempt_id = b.attempt_id AND s.number = b.number;
SQL
  )
  V[$run.pairs]=$pairs; V[$run.last]=$last; V[$run.inflight]=$inflight; V[$run.wrong]=$wrong; V[$run.unanswered]=$(( sent - received ))
  log "Saves ($run): $WRK_RPS/s, p50 $WRK_P50 ms, p99 $WRK_P99 ms, errors ${V[$run.errors]} (first: ${V[$run.first_error]:-none}), not stored $stale, RSS peak $M_RSS MB, $M_STATEMENTS SQL statements and CPU app $M_CPU_APP ms + PostgreSQL $M_CPU_PG ms per save, $syncs WAL flushes (${V[$run.per_sync]} saves each, $sync_ms ms), cookie re-checks ${V[$run.rechecks]}"
  log "Stored: of $pairs (attempt, slot) saved, $last hold the last version sent, $inflight the one before ($(( sent - received )) requests unanswered at the stop), $wrong other"
done
unset BENCH_SAVE_RATE
WINDOW=$(( ${V[paced.end]} - ${PACED_REFRESH_AT:-$REFRESH_AT} ))
if [ "$WINDOW" -ge 60 ]; then
  log "Warning: the saves ended ${WINDOW}s after the cookies were re-issued: some were re-checked on every save"
fi
read -r R_SLOTS R_ANSWERED R_VERSIONED R_SHAPED < <("${PSQL[@]}" -At -F ' ' <<SQL
CREATE FUNCTION pg_temp.is_json(t text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS \$\$
BEGIN PERFORM t::jsonb; RETURN true; EXCEPTION WHEN others THEN RETURN false; END \$\$;
SELECT count(*), count(s.response), count(*) FILTER (WHERE s.response_version > 0),
  count(*) FILTER (WHERE pg_temp.is_json(s.response) AND jsonb_typeof(s.response::jsonb)
    = CASE v.type WHEN 'MultipleChoice' THEN 'array' WHEN 'TrueFalse' THEN 'boolean' ELSE 'string' END)
FROM assessments_attempt_slot s JOIN assessments_question_version v ON v.id = s.question_version_id
JOIN assessments_attempt a ON a.id = s.attempt_id JOIN identity_user u ON u.id = a.user_id
WHERE a.quiz_id = '$QUIZ' AND u.email LIKE 'learner%';
SQL
)
log "All $R_SLOTS slots of the exam: $R_ANSWERED answered, $R_VERSIONED with a version > 0, $R_SHAPED parse as JSON of their type's shape"

# --- 7. one attempt page ---------------------------------------------------------------------------
FIRST_ATTEMPT=$(head -n 1 "$TMP/saves.tsv" | cut -f1)
FIRST_COOKIE=$(head -n 1 "$TMP/saves.tsv" | cut -f4)
curl -fsS -H "Cookie: $FIRST_COOKIE" "$BASE/attempts/$FIRST_ATTEMPT" >"$TMP/attempt.html" || { log "GET /attempts/$FIRST_ATTEMPT failed"; exit 1; }
PAGE_QUESTIONS=$(grep -c 'class="question card' "$TMP/attempt.html" || true)
PAGE_ANSWERED=$(grep -o 'Відповідей: [0-9]* з [0-9]*' "$TMP/attempt.html" || true)
PAGE_BYTES=$(wc -c <"$TMP/attempt.html")
log "Attempt page: $PAGE_QUESTIONS questions, \"$PAGE_ANSWERED\", $PAGE_BYTES bytes"
[ "$PAGE_QUESTIONS" -eq "$N_DRAWN" ] || { log "The attempt page does not show $N_DRAWN questions"; exit 1; }
# The peak of the app as configured (before the A/B restart, when there was one).
PEAK_RSS=${MAIN_HWM:-$(( $(hwm_kb) / 1024 ))}

# --- report ---------------------------------------------------------------------------------------
PG_VERSION=$("${PSQL[@]}" -At -c "SHOW server_version")
DOTNET_VERSION=$(dotnet --version)
NODE_VERSION=$(node --version)
START_TARGET=$(met "${S[spread.ok]} == $LEARNERS && ${S[spread.errors]} == 0 && ${S[spread.seconds]} <= $START_WITHIN && ${S[spread.p99]} < 1000")
BURST_WITHIN=$(met "${S[burst.ok]} == $LEARNERS && ${S[burst.errors]} == 0 && ${S[burst.seconds]} <= $START_WITHIN")
PAGE_TARGET=$(met "${P[attempt.rps]} >= 1000 && ${P[attempt.p99]} < 100 && ${P[attempt.errors]} == 0")
COURSE_TARGET=$(met "${P[course.rps]} >= 3000 && ${P[course.p99]} < 50 && ${P[course.errors]} == 0")
SAVE_TARGET=$(met "${V[paced.rps]} >= 0.99 * $SAVE_RATE && ${V[paced.p99]} < 20 && ${V[paced.errors]} == 0 && ${V[paced.wrong]} == 0")
CLOSED_RATE=$(met "${V[closed.rps]} >= 4000 && ${V[closed.errors]} == 0 && ${V[closed.wrong]} == 0")
MAX_RSS=$PEAK_RSS
RSS_TARGET=$(met "$MAX_RSS < 400")
LITTLE=$(awk -v c="$CONNECTIONS" 'BEGIN { printf "%.0f", c / 0.05 }')
# Beside each row: the bare and one-query ceilings of this run at the same number of connections.
beside() { echo "${CEILING[$1/health/live]:-?} | ${CEILING[$1/health]:-?}"; }

BLOCK="$TMP/block.md"
{
  echo "<!-- bench:assessments-load:begin (written by bench/assessments-load/run.sh; edit outside these markers) -->"
  echo "### Latest run: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(bench_machine); wrk or Node, the app and PostgreSQL share these cores; 1-minute load average $LOAD_BEFORE before the run, $(printf '%s\n' "${LOADS[@]}" | sort -n | head -n 1)–$(printf '%s\n' "${LOADS[@]}" | sort -n | tail -n 1) at the measurements (above 2: other work was running)"
  echo "- commit: $(bench_commit) · .NET SDK $DOTNET_VERSION, Release, Production${BENCH_APP_ENV:+, app environment \`$BENCH_APP_ENV\`}${BENCH_CONNECTION_EXTRA:+, connection string + \`$BENCH_CONNECTION_EXTRA\`} · PostgreSQL $PG_VERSION (loopback; $DURABILITY) · Node $NODE_VERSION"
  echo "- data: $N_USERS users ($LEARNERS learners, $WARMUP_LEARNERS warm-up learners, 1 methodologist), $N_QUESTIONS questions; each quiz draws $N_DRAWN, $N_PER_PAGE a page, $N_LIMIT min; 50 courses, each learner enrolled in one run (loaded in ${LOAD_SECONDS}s); signing everyone in took ${LOGIN_SECONDS}s (not measured)"
  echo "- exam start: $LEARNERS × \`POST /quizzes/{id}/start\` (\`start.mjs\`, at most $START_CONCURRENCY in flight) after $WARMUP_LEARNERS warm-up starts, first arriving evenly over $START_SPREAD s, then for the second sitting all at once; in the database $A_COUNT attempts in progress, $A_SLOTS slots on $A_PAGES pages, $A_DEADLINE with the $N_LIMIT-minute deadline"
  echo "- pages: \`wrk -t$THREADS -c$PAGE_CONNECTIONS -d$DURATION --latency -s pages.lua\` after a $WARMUP warm-up: \`/attempts/{id}?page=0…3\` of all $LEARNERS attempts, each with its examinee's cookie; \`/courses/$SLUG\` (the most enrolled course) as the $LEARNERS examinees"
  echo "- answer saves: \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s save.lua\` over $LEARNERS attempts × $N_DRAWN slots after a $WARMUP warm-up: as fast as answered, then paced at $SAVE_RATE saves/s (\`BENCH_SAVE_RATE\`); stale answers (\`\"stored\": false\`): ${V[closed.stale]} + ${V[paced.stale]}; sign-in cookie re-checks during the saves: $(( ${V[closed.rechecks]} + ${V[paced.rechecks]} ))"
  echo "- CPU: ms of CPU time per request used by the app process and by all PostgreSQL processes during the measurement; RSS: peak VmRSS of the app sampled every 0.2 s during it (peak over the whole run, VmHWM: $PEAK_RSS MB)"
  echo "- ceilings beside each row: \`/health/live\` (bare: routing and middleware, no database) and \`/health\` (one query through EF Core), rate · p99 ms, measured in this run at the same number of connections (-c64 for the starts and pages, -c$CONNECTIONS for the saves)"
  echo
  echo "| scenario | requests | rate | p50 ms | p99 ms | errors | SQL statements / request | app CPU ms / request | PostgreSQL CPU ms / request | app RSS peak MB | bare ceiling (\`/health/live\`) | one-query ceiling (\`/health\`) | target |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|"
  echo "| exam start, arriving over $START_SPREAD s | ${S[spread.ok]} in ${S[spread.seconds]} s | ${S[spread.perSecond]} /s | ${S[spread.p50]} | ${S[spread.p99]} | ${S[spread.errors]} | ${S[spread.sql]} | ${S[spread.app]} | ${S[spread.pg]} | ${S[spread.rss]} | $(beside 64) | all within $START_WITHIN s, p99 < 1 s: $START_TARGET |"
  echo "| exam start, all at once (second sitting) | ${S[burst.ok]} in ${S[burst.seconds]} s | ${S[burst.perSecond]} /s | ${S[burst.p50]} | ${S[burst.p99]} | ${S[burst.errors]} | ${S[burst.sql]} | ${S[burst.app]} | ${S[burst.pg]} | ${S[burst.rss]} | $(beside 64) | (capacity) all within $START_WITHIN s: $BURST_WITHIN |"
  echo "| attempt page, -c$PAGE_CONNECTIONS | ${P[attempt.total]} | ${P[attempt.rps]} /s | ${P[attempt.p50]} | ${P[attempt.p99]} | ${P[attempt.errors]} | ${P[attempt.sql]} | ${P[attempt.app]} | ${P[attempt.pg]} | ${P[attempt.rss]} | $(beside "$PAGE_CONNECTIONS") | ≥ 1,000 /s, p99 < 100 ms: $PAGE_TARGET |"
  echo "| course page signed in, -c$PAGE_CONNECTIONS | ${P[course.total]} | ${P[course.rps]} /s | ${P[course.p50]} | ${P[course.p99]} | ${P[course.errors]} | ${P[course.sql]} | ${P[course.app]} | ${P[course.pg]} | ${P[course.rss]} | $(beside "$PAGE_CONNECTIONS") | ≥ 3,000 /s, p99 < 50 ms: $COURSE_TARGET |"
  echo "| answer save, -c$CONNECTIONS as fast as answered | ${V[closed.total]} | ${V[closed.rps]} /s | ${V[closed.p50]} | ${V[closed.p99]} | ${V[closed.errors]} | ${V[closed.sql]} | ${V[closed.app]} | ${V[closed.pg]} | ${V[closed.rss]} | $(beside "$CONNECTIONS") | ≥ 4,000 /s, 0 lost: $CLOSED_RATE |"
  echo "| answer save, -c$CONNECTIONS paced at $SAVE_RATE /s | ${V[paced.total]} | ${V[paced.rps]} /s | ${V[paced.p50]} | ${V[paced.p99]} | ${V[paced.errors]} | ${V[paced.sql]} | ${V[paced.app]} | ${V[paced.pg]} | ${V[paced.rss]} | $(beside "$CONNECTIONS") | ≥ $SAVE_RATE /s, p99 < 20 ms, 0 lost: $SAVE_TARGET |"
  if [ "$SAVE_AB" = 1 ]; then
    echo "| A/B: answer save, -c$CONNECTIONS as fast as answered, group commit off (each save its own commit) | ${V[direct.total]} | ${V[direct.rps]} /s | ${V[direct.p50]} | ${V[direct.p99]} | ${V[direct.errors]} | ${V[direct.sql]} | ${V[direct.app]} | ${V[direct.pg]} | ${V[direct.rss]} | $(beside "$CONNECTIONS") | (comparison) |"
  fi
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "App RSS under 400 MB throughout the run (VmHWM $MAX_RSS MB): $RSS_TARGET. Slowest start: ${S[spread.max]} ms arriving over $START_SPREAD s, ${S[burst.max]} ms all at once."
  echo "At -c$CONNECTIONS as fast as answered, latency is queueing (Little's law: mean = $CONNECTIONS / rate), so p99 < 50 ms there would need more than $LITTLE saves/s."
  echo
  echo "- durability: WAL flushes ${V[closed.syncs]} (as fast as answered, ${V[closed.per_sync]} saves per flush) and ${V[paced.syncs]} (paced, ${V[paced.per_sync]} saves per flush), ${V[closed.sync_ms]} / ${V[paced.sync_ms]} ms per flush${V[direct.syncs]:+; group commit off: ${V[direct.syncs]} (${V[direct.per_sync]} saves per flush, ${V[direct.sync_ms]} ms)}"
  echo "- every save request carries one answer (\`PUT /api/attempts/{id}/answers/{slot}\`), so answers saved per second = requests per second; the group commit writes the saves waiting together in one statement and commit (SQL statements / request below 1)"
  echo "- stored answers checked after each save run (closed / paced${V[direct.pairs]:+ / A/B off}): of ${V[closed.pairs]} / ${V[paced.pairs]}${V[direct.pairs]:+ / ${V[direct.pairs]}} (attempt, slot) saved, ${V[closed.last]} / ${V[paced.last]}${V[direct.last]:+ / ${V[direct.last]}} hold the last version sent, ${V[closed.inflight]} / ${V[paced.inflight]}${V[direct.inflight]:+ / ${V[direct.inflight]}} the one before (${V[closed.unanswered]} / ${V[paced.unanswered]}${V[direct.unanswered]:+ / ${V[direct.unanswered]}} requests unanswered when wrk stopped), ${V[closed.wrong]} / ${V[paced.wrong]}${V[direct.wrong]:+ / ${V[direct.wrong]}} anything else; of all $R_SLOTS slots of the exam, $R_ANSWERED answered, $R_VERSIONED with a version > 0, $R_SHAPED parse as JSON of their question type's shape"
  echo "- attempt page \`/attempts/{id}\` after the run: $PAGE_QUESTIONS questions, \"$PAGE_ANSWERED\", $PAGE_BYTES bytes"
  echo "- SQL per save (paced run; pg_stat_statements: calls per save × statement, mean execution time):"
  echo "$V_STATEMENTS"
  echo "- SQL per start (arriving over $START_SPREAD s; PostgreSQL counts each statement of a batch and each foreign-key check):"
  echo "$S_STATEMENTS"
  echo "- SQL per attempt page:"
  echo "${P[attempt.statements]}"
  echo "- SQL per course page (signed in):"
  echo "${P[course.statements]}"
  echo "<!-- bench:assessments-load:end -->"
} >"$BLOCK"

bench_write_block assessments-load "$BLOCK"
