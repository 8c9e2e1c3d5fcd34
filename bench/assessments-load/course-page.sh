#!/usr/bin/env bash
# A/B of the signed-in course page (issue 17 §6) between two published builds of the app, on one database, in turns.
#
#   bench/assessments-load/course-page.sh before=/path/to/publish after=/path/to/publish   (any names, one or more builds)
#
# Publish each build first (`dotnet publish src/Lounb.Learning -c Release -o DIR` of each commit). The script starts a
# throwaway PostgreSQL (durable, as run.sh), migrates with the first build, loads LEARNERS examinees (default 300, the
# data of run.sh: each enrolled in one run of 50 courses), starts every build at once on its own loopback port (the
# data-protection keys live in the database, so one sign-in cookie is valid on all), signs everyone in, and then, ROUNDS
# times (default 3): re-issues every cookie from the second round on (the security-stamp minute), and measures each build in turn — the order
# alternates between rounds — with `wrk -t2 -c64 -d15s --latency -s pages.lua` on /courses/{the most enrolled course}
# after a 5 s warm-up. Per build and round it prints req/s, p50/p99, errors, app CPU ms and SQL statements per page and
# sign-in cookie re-checks (0 expected), so builds are compared in the same minutes of the same machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE="$ROOT/bench/assessments-load"
LEARNERS=${LEARNERS:-300}
ROUNDS=${ROUNDS:-3}
DURATION=${BENCH_DURATION:-15s}
BENCH_MAX_SECONDS=${BENCH_MAX_SECONDS:-2400}
[ $# -ge 1 ] || { echo "usage: $0 NAME=PUBLISH_DIR [NAME=PUBLISH_DIR ...]" >&2; exit 2; }
. "$ROOT/bench/lib.sh"
bench_init
bench_tools wrk postgresql nodejs
bench_postgres "-c max_connections=200 -c shared_buffers=256MB -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all"
APP_DIR=${1#*=}
bench_migrate
PASSWORD='Bench-Learner-2026'
HASH=$(node "$HERE/start.mjs" hash "$PASSWORD")
"${PSQL[@]}" -v learners="$LEARNERS" -v warmup_learners=0 -v password_hash="$HASH" -f "$HERE/load.sql" >/dev/null
"${PSQL[@]}" -v users=0 -v courses=50 -v per_user=1 -f "$ROOT/bench/courses-load/load.sql" >/dev/null
"${PSQL[@]}" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
SLUG=$("${PSQL[@]}" -At -c "SELECT c.slug FROM courses_course c JOIN courses_enrollment e ON e.course_id = c.id
  WHERE c.status = 'Published' GROUP BY c.slug ORDER BY count(*) DESC, c.slug LIMIT 1")
QUIZ=$("${PSQL[@]}" -At -c "SELECT id FROM assessments_quiz WHERE status = 'Published' AND title NOT LIKE '%друга сесія%'")
APP_ENV+=(Lounb__Security__AuthPermitPerMinute=10000)

declare -A PIDS URLS
NAMES=()
stop_builds() { for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done; }
trap 'status=$?; stop_builds; (exit "$status"); bench_cleanup' EXIT
for spec in "$@"; do
  name=${spec%%=*}
  url="http://127.0.0.1:$(free_port)"
  env -C "${spec#*=}" "${APP_ENV[@]}" ASPNETCORE_URLS="$url" dotnet Lounb.Learning.dll >"$TMP/app-$name.log" 2>&1 &
  PIDS[$name]=$!
  URLS[$name]=$url
  NAMES+=("$name")
done
for name in "${NAMES[@]}"; do
  for _ in $(seq 1 240); do curl -fs -o /dev/null "${URLS[$name]}/health" && break; sleep 0.5; done
  curl -fs -o /dev/null "${URLS[$name]}/health" || { tail -n 30 "$TMP/app-$name.log" >&2; log "$name did not start"; exit 1; }
done

BASE=${URLS[${NAMES[0]}]}
JAR="$TMP/people.json"
log "Signing in $LEARNERS people (not measured)"
timeout 1800 node "$HERE/start.mjs" login --base "$BASE" --learners "$LEARNERS" --warmup 0 --password "$PASSWORD" --jar "$JAR" --concurrency 4 >&2
ISSUED=$(date +%s)
app_cpu() { awk -v t="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$1/stat"; }
export BENCH_PAGES_DATA="$TMP/pages.tsv"
for round in $(seq 1 "$ROUNDS"); do
  # The cookies of the sign-in serve the first round; later ones wait for the minute to pass and have them re-issued.
  if [ "$round" -gt 1 ]; then
    left=$(( ISSUED + 65 - $(date +%s) ))
    if [ "$left" -gt 0 ]; then sleep "$left"; fi
    timeout 300 node "$HERE/start.mjs" prep --base "$BASE" --quiz "$QUIZ" --jar "$JAR" --concurrency 16 >/dev/null
    ISSUED=$(date +%s)
  fi
  node -e 'for (const p of JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")))
    console.log(`/courses/${process.argv[2]}\t` + Object.entries(p.cookies).map(([n, v]) => `${n}=${v}`).join("; "))' "$JAR" "$SLUG" >"$BENCH_PAGES_DATA"
  order=("${NAMES[@]}")
  if [ $(( round % 2 )) = 0 ]; then mapfile -t order < <(printf '%s\n' "${NAMES[@]}" | tac); fi
  for name in "${order[@]}"; do
    timeout 120 wrk -t2 -c64 -d5s -s "$HERE/pages.lua" "${URLS[$name]}" >/dev/null
    "${PSQL[@]}" -At -c "SELECT pg_stat_statements_reset()" >/dev/null
    cpu0=$(app_cpu "${PIDS[$name]}")
    load=$(bench_load)
    bench_wrk "$name-$round" -t2 -c64 -d"$DURATION" -s "$HERE/pages.lua" "${URLS[$name]}"
    cpu1=$(app_cpu "${PIDS[$name]}")
    statements=$(bench_statements)
    rechecks=$("${PSQL[@]}" -At -c "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements WHERE query ILIKE '%FROM identity_user%'")
    not200=$(awk '/^not 200:/ { print $3 }' "$TMP/wrk-$name-$round.txt")
    printf '%-8s round %s: %6s pages/s, p50 %s ms, p99 %s ms, errors %s (not 200: %s), app CPU %s ms/page, SQL %s statements/page, cookie re-checks %s, load average %s\n' \
      "$name" "$round" "$WRK_RPS" "$WRK_P50" "$WRK_P99" "$WRK_ERRORS" "${not200:-0}" \
      "$(awk -v c=$(( cpu1 - cpu0 )) -v n="$WRK_TOTAL" 'BEGIN { printf "%.3f", (n > 0 ? c / n : 0) }')" \
      "$(awk -v s="$statements" -v n="$WRK_TOTAL" 'BEGIN { printf "%.2f", (n > 0 ? s / n : 0) }')" "$rechecks" "$load"
  done
done
