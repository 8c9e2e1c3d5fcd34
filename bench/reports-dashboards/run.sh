#!/usr/bin/env bash
# Benchmark of the report dashboards on PostgreSQL (not a test: it never fails on slow figures).
#
# Starts a throwaway PostgreSQL on a free loopback port, publishes the app in Release, migrates, loads with SQL a year
# of history (load.sql: BENCH_LEARNERS learners, 5 enrolments each, lesson completions, one graded attempt of 10 saved
# answers per enrolment: 100,000 / 500,000 / 5,000,000 by default), rebuilds the read model with the app's
# `reports-rebuild` verb (timed), starts the app in Production on 127.0.0.1, signs the national administrator in
# (bench/certificates-load/cert.mjs login) and times each dashboard view, --warmup untimed then --count one after
# another (cert.mjs page: each answer must be 200 and show the figures): the whole country for the year, one oblast,
# one course, one audience, one quarter, and the drill-down's first page. The figures go into the block between the
# bench markers in docs/benchmarks.md. Everything it starts is stopped on exit; a watchdog bounds the whole run
# (BENCH_MAX_SECONDS, default 2400).
#
# Environment: BENCH_LEARNERS (100000), BENCH_COUNT (100), BENCH_WARMUP (10), BENCH_KEEP=1 keeps the temp folder,
# BENCH_NO_PUBLISH=1 reuses $BENCH_APP_DIR.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE="$ROOT/bench/reports-dashboards"
LEARNERS=${BENCH_LEARNERS:-100000}
COUNT=${BENCH_COUNT:-100}
WARMUP=${BENCH_WARMUP:-10}
PASSWORD='Bench-Learner-2026'
export BENCH_MAX_SECONDS=${BENCH_MAX_SECONDS:-2400}

. "$ROOT/bench/lib.sh"
bench_init
bench_tools postgresql nodejs
LOAD_BEFORE=$(bench_load)

bench_postgres "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB -c max_wal_size=4GB"
bench_publish
bench_migrate

log "Loading $LEARNERS learners, $((LEARNERS * 5)) enrolments, $((LEARNERS * 50)) saved answers"
SECONDS=0
PASSWORD_HASH=$(node "$ROOT/bench/assessments-load/start.mjs" hash "$PASSWORD")
"${PSQL[@]}" -v learners="$LEARNERS" -v per_learner=5 -v answers=10 -v password_hash="$PASSWORD_HASH" -f "$HERE/load.sql"
LOAD_SECONDS=$SECONDS
read -r N_USERS N_ENROLMENTS N_LESSONS N_ATTEMPTS N_ANSWERS < <("${PSQL[@]}" -At -F ' ' -c "
  SELECT (SELECT count(*) FROM identity_user), (SELECT count(*) FROM courses_enrollment), (SELECT count(*) FROM courses_lesson_progress),
         (SELECT count(*) FROM assessments_attempt), (SELECT count(*) FROM assessments_attempt_slot)")
log "Loaded in ${LOAD_SECONDS}s: users=$N_USERS enrolments=$N_ENROLMENTS lessons=$N_LESSONS attempts=$N_ATTEMPTS answers=$N_ANSWERS"

log "Rebuilding the read model (reports-rebuild)"
SECONDS=0
env -C "$APP_DIR" "${APP_ENV[@]}" /usr/bin/time -f '%M' -o "$TMP/rebuild.rss" timeout 1800 dotnet Lounb.Learning.dll reports-rebuild >"$TMP/rebuild.log" 2>&1 \
  || { tail -n 40 "$TMP/rebuild.log" >&2; exit 1; }
REBUILD_SECONDS=$SECONDS
REBUILD_MB=$(( $(cat "$TMP/rebuild.rss") / 1024 ))
read -r N_FACTS N_DAILY N_MONTHLY N_LEARNER_MONTHS < <("${PSQL[@]}" -At -F ' ' -c "SELECT (SELECT count(*) FROM reports_fact), (SELECT count(*) FROM reports_daily),
  (SELECT count(*) FROM reports_monthly), (SELECT count(*) FROM reports_learner_month)")
"${PSQL[@]}" -c "VACUUM ANALYZE reports_fact" -c "VACUUM ANALYZE reports_daily" -c "VACUUM ANALYZE reports_monthly" -c "VACUUM ANALYZE reports_learner_month"
log "Rebuilt in ${REBUILD_SECONDS}s (peak ${REBUILD_MB} MB): facts=$N_FACTS daily rows=$N_DAILY monthly rows=$N_MONTHLY learner months=$N_LEARNER_MONTHS"

APP_ENV+=(Lounb__Security__AuthPermitPerMinute=10000)
bench_start_app
JAR="$TMP/admin.json"
timeout 120 node "$ROOT/bench/certificates-load/cert.mjs" login --base "$BASE" --email admin@bench.lounb.test --password "$PASSWORD" --jar "$JAR" >&2
OBLAST=$("${PSQL[@]}" -At -c "SELECT oblast_code FROM reports_daily WHERE oblast_code <> '' GROUP BY 1 ORDER BY sum(count) DESC LIMIT 1")
COURSE=$("${PSQL[@]}" -At -c "SELECT course_id FROM reports_daily WHERE course_id <> '00000000-0000-0000-0000-000000000000' GROUP BY 1 ORDER BY sum(count) DESC LIMIT 1")
QUARTER_FROM=$(date -u -d '-90 days' +%F)
NAMES=("Країна, рік" "Одна область" "Один курс" "Аудиторія «дорослі»" "Квартал" "Хто записався (1-ша сторінка)")
PATHS=("/admin/reports" "/admin/reports?oblast=$OBLAST" "/admin/reports?course=$COURSE" "/admin/reports?audience=adult"
  "/admin/reports?from=$QUARTER_FROM" "/admin/reports/people?measure=enrolled")
EXPECT=('id="figures"' 'id="figures"' 'id="figures"' 'id="figures"' 'id="figures"' 'id="people"')
ROWS=$TMP/rows.md
: >"$ROWS"
MISSED=0
for i in "${!PATHS[@]}"; do
  log "Measuring ${NAMES[$i]}: ${PATHS[$i]}"
  R=$(timeout 900 node "$ROOT/bench/certificates-load/cert.mjs" page --base "$BASE" --jar "$JAR" --path "${PATHS[$i]}" --expect "${EXPECT[$i]}" --warmup "$WARMUP" --count "$COUNT")
  P50=$(node -e 'console.log(JSON.parse(process.argv[1]).p50)' "$R")
  P95=$(node -e 'console.log(JSON.parse(process.argv[1]).p95)' "$R")
  MAX=$(node -e 'console.log(JSON.parse(process.argv[1]).max)' "$R")
  VERDICT=$(awk "BEGIN { print ($P95 < 300) ? \"met\" : \"**missed**\" }")
  [ "$VERDICT" = met ] || MISSED=$((MISSED + 1))
  echo "| ${NAMES[$i]} | \`${PATHS[$i]//|/\\|}\` | $P50 | $P95 | $MAX | $VERDICT |" >>"$ROWS"
done
LOAD_AFTER=$(bench_load)

BLOCK=$TMP/block.md
{
  echo "<!-- bench:reports-dashboards:begin (written by bench/reports-dashboards/run.sh; edit the script, not this block) -->"
  echo "### Latest run: $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "Data: $N_USERS people, $N_ENROLMENTS enrolments, $N_LESSONS lesson completions, $N_ATTEMPTS graded attempts with $N_ANSWERS saved"
  echo "answers (loaded in ${LOAD_SECONDS}s). \`reports-rebuild\`: ${REBUILD_SECONDS}s, peak ${REBUILD_MB} MB, giving $N_FACTS facts and"
  echo "$N_DAILY daily and $N_MONTHLY monthly roll-up rows and $N_LEARNER_MONTHS learner months. Each view: $WARMUP untimed, then $COUNT timed one after another, through HTTP as the national"
  echo "administrator (ms). Load average $LOAD_BEFORE before, $LOAD_AFTER after (2 cores shared with other work). App: $([ "${BENCH_NO_PUBLISH:-0}" = 1 ] && echo "the app already in \`$APP_DIR\` (BENCH_NO_PUBLISH=1: published before this run, not by it)" || echo "Release publish"), commit \`$(git -C "$ROOT" rev-parse --short HEAD)\`."
  echo
  echo "| View | Address | p50 | p95 | max | p95 < 300 ms |"
  echo "|---|---|---:|---:|---:|---|"
  cat "$ROWS"
  echo
  echo "Views over the target: $MISSED."
  echo "<!-- bench:reports-dashboards:end -->"
} >"$BLOCK"
bench_write_block reports-dashboards "$BLOCK"
