#!/usr/bin/env bash
# Load benchmark of certificates on PostgreSQL: issuing a course run's certificates, its ZIP of PDFs, one PDF warm
# (not a test: it never fails on slow figures).
#
# Starts a throwaway PostgreSQL on a free loopback port with its default durability, publishes the app in Release,
# migrates, loads with SQL 1,000 learners (+ 1 methodologist with the Methodologist role, national scope), one
# published 6-hour course with one run and 1,000 Completed enrolments and no certificates, starts the app in Production
# on 127.0.0.1 (staff 2FA off, sign-in limit 10,000 a minute), signs the methodologist and one learner in
# (cert.mjs login: GET /account/login for the antiforgery token, POST the form; not measured) and, one timed request each:
#   1. POST /admin/certificates/runs/{runId}/issue (the antiforgery token from /admin/certificates): issues a certificate
#      to every completed enrolment; then checks in SQL that the run has 1,000 certificates with distinct numbers;
#   2. GET /admin/certificates/runs/{runId}.zip: renders and zips the 1,000 PDFs; ZIP size and entry count (unzip -l);
#   3. GET /certificates/{id}.pdf, 20 warm-ups then 200 timed one after another: as its holder (the learner) and as the
#      methodologist (who finds it among the 100 latest certificates); p50/p99 include HTTP and the database reads.
# App RSS peak (sampled every 0.2 s) during 1 and 2, and the 1-minute load average. The figures go into the block
# between the bench markers in docs/benchmarks.md. Everything it starts is stopped on exit; a watchdog bounds the whole
# run (BENCH_MAX_SECONDS, default 1500).
#
# Environment: BENCH_LEARNERS (1000), BENCH_PDF_COUNT (200), BENCH_PDF_WARMUP (20), BENCH_APP_ENV (extra environment
# of the app) for experiments, BENCH_KEEP=1 keeps the temp folder, BENCH_NO_PUBLISH=1 reuses $BENCH_APP_DIR.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE="$ROOT/bench/certificates-load"
LEARNERS=${BENCH_LEARNERS:-1000}
PDF_COUNT=${BENCH_PDF_COUNT:-200}
PDF_WARMUP=${BENCH_PDF_WARMUP:-20}
PASSWORD='Bench-Learner-2026'
RUN_STARTED=$(date +%s)

. "$ROOT/bench/lib.sh"
bench_init
bench_tools postgresql nodejs unzip
LOAD_BEFORE=$(bench_load)

# --- throwaway PostgreSQL (durable, as in production) -------------------------------------------------
bench_postgres "-c max_connections=200 -c shared_buffers=256MB"
DURABILITY=$("${PSQL[@]}" -At -c "SELECT 'fsync=' || current_setting('fsync') || ', synchronous_commit=' || current_setting('synchronous_commit')")

# --- the app (Release) ----------------------------------------------------------------------------
bench_publish
bench_migrate

# --- data -------------------------------------------------------------------------------------------
log "Loading $LEARNERS learners, 1 methodologist, the course, its run and $LEARNERS completed enrolments"
SECONDS=0
PASSWORD_HASH=$(node "$ROOT/bench/assessments-load/start.mjs" hash "$PASSWORD")
"${PSQL[@]}" -v learners="$LEARNERS" -v password_hash="$PASSWORD_HASH" -f "$HERE/load.sql"
LOAD_SECONDS=$SECONDS
RUN_ID=$("${PSQL[@]}" -At -c "SELECT id FROM courses_run")
read -r N_USERS N_COMPLETED N_CERTS < <("${PSQL[@]}" -At -F ' ' -c "SELECT (SELECT count(*) FROM identity_user),
  (SELECT count(*) FROM courses_enrollment WHERE run_id = '$RUN_ID' AND status = 'Completed'), (SELECT count(*) FROM certificates_certificate)")
log "Loaded in ${LOAD_SECONDS}s: users=$N_USERS, completed enrolments=$N_COMPLETED, certificates=$N_CERTS; run $RUN_ID"

# --- the app ------------------------------------------------------------------------------------------
APP_ENV+=(Lounb__Security__AuthPermitPerMinute=10000)
read -r -a EXTRA_ENV <<<"${BENCH_APP_ENV:-}"
APP_ENV+=("${EXTRA_ENV[@]}")
bench_start_app
STAFF="$TMP/staff.json"
HOLDER="$TMP/holder.json"
timeout 120 node "$HERE/cert.mjs" login --base "$BASE" --email metodyst@bench.lounb.test --password "$PASSWORD" --jar "$STAFF" >&2
timeout 120 node "$HERE/cert.mjs" login --base "$BASE" --email learner1@bench.lounb.test --password "$PASSWORD" --jar "$HOLDER" >&2
field() { node -e 'console.log(JSON.parse(process.argv[1])[process.argv[2]])' "$1" "$2"; }
met() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "**missed**"; fi; }

# --- 1. issue the run's certificates ------------------------------------------------------------------
log "Measuring: POST /admin/certificates/runs/$RUN_ID/issue ($N_COMPLETED completed enrolments)"
LOAD_ISSUE=$(bench_load)
RSS_BEFORE=$(( $(rss_kb) / 1024 ))
bench_rss_sampler_start
ISSUE=$(timeout 600 node "$HERE/cert.mjs" issue --base "$BASE" --jar "$STAFF" --run "$RUN_ID")
ISSUE_RSS=$(bench_rss_sampler_stop)
ISSUE_MS=$(field "$ISSUE" ms)
ISSUE_MESSAGE=$(field "$ISSUE" message)
read -r C_COUNT C_NUMBERS C_CODES C_ENROLMENTS C_HOURS C_FIRST C_LAST < <("${PSQL[@]}" -At -F ' ' -c "
  SELECT count(*), count(DISTINCT number), count(DISTINCT verification_code), count(DISTINCT source_id),
    count(*) FILTER (WHERE hours = 6), min(number), max(number)
  FROM certificates_certificate WHERE source_id IN (SELECT id FROM courses_enrollment WHERE run_id = '$RUN_ID')")
log "Issued in $ISSUE_MS ms (\"$ISSUE_MESSAGE\"), RSS $RSS_BEFORE → peak $ISSUE_RSS MB; in the database: $C_COUNT certificates, $C_NUMBERS distinct numbers ($C_FIRST … $C_LAST), $C_CODES distinct codes, $C_ENROLMENTS enrolments, $C_HOURS of 6 hours"
[ "$C_COUNT" -eq "$N_COMPLETED" ] && [ "$C_NUMBERS" -eq "$N_COMPLETED" ] || { log "Expected $N_COMPLETED certificates with distinct numbers"; exit 1; }

# --- 2. the run's ZIP of PDFs ---------------------------------------------------------------------------
log "Measuring: GET /admin/certificates/runs/$RUN_ID.zip"
LOAD_ZIP=$(bench_load)
bench_rss_sampler_start
ZIP=$(timeout 600 node "$HERE/cert.mjs" zip --base "$BASE" --jar "$STAFF" --run "$RUN_ID" --out "$TMP/run.zip")
ZIP_RSS=$(bench_rss_sampler_stop)
ZIP_MS=$(field "$ZIP" ms)
ZIP_BYTES=$(field "$ZIP" bytes)
ZIP_MB=$(awk -v b="$ZIP_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }')
ZIP_TAIL=$(unzip -l "$TMP/run.zip" | tail -n 1 | sed 's/^ *//; s/  */ /g')
ZIP_ENTRIES=$(awk '{ print $2 }' <<<"$ZIP_TAIL")
ZIP_UNCOMPRESSED=$(awk '{ printf "%.1f", $1 / 1048576 }' <<<"$ZIP_TAIL")
ZIP_TEST=$(unzip -tq "$TMP/run.zip" >/dev/null 2>&1 && echo "passes" || echo "**fails**")
ZIP_PDFS=$(unzip -Z1 "$TMP/run.zip" | grep -c '\.pdf$' || true)
log "ZIP in $ZIP_MS ms: $ZIP_MB MB, unzip -l: \"$ZIP_TAIL\" ($ZIP_PDFS .pdf), unzip -t $ZIP_TEST, RSS peak $ZIP_RSS MB"

# --- 3. one PDF, warm ------------------------------------------------------------------------------------
CERT_ID=$("${PSQL[@]}" -At -c "SELECT c.id FROM certificates_certificate c JOIN identity_user u ON u.id = c.holder_id
  WHERE u.email = 'learner1@bench.lounb.test'")
LATEST_ID=$("${PSQL[@]}" -At -c "SELECT id FROM certificates_certificate ORDER BY issued_at DESC LIMIT 1")
LOAD_PDF=$(bench_load)
log "Measuring: GET /certificates/{id}.pdf × $PDF_COUNT after $PDF_WARMUP warm-ups, as the holder and as the methodologist"
PDF_HOLDER=$(timeout 300 node "$HERE/cert.mjs" pdf --base "$BASE" --jar "$HOLDER" --id "$CERT_ID" --warmup "$PDF_WARMUP" --count "$PDF_COUNT")
PDF_STAFF=$(timeout 300 node "$HERE/cert.mjs" pdf --base "$BASE" --jar "$STAFF" --id "$LATEST_ID" --warmup "$PDF_WARMUP" --count "$PDF_COUNT")
declare -A P
for who in holder staff; do
  json=$PDF_HOLDER; [ "$who" = staff ] && json=$PDF_STAFF
  for k in p50 p99 min max mean bytes; do P[$who.$k]=$(field "$json" "$k"); done
  log "PDF ($who): p50 ${P[$who.p50]} ms, p99 ${P[$who.p99]} ms (min ${P[$who.min]}, max ${P[$who.max]}), ${P[$who.bytes]} bytes"
done
PEAK_RSS=$(( $(hwm_kb) / 1024 ))
LOAD_AFTER=$(bench_load)
RUN_SECONDS=$(( $(date +%s) - RUN_STARTED ))

# --- report ---------------------------------------------------------------------------------------
PG_VERSION=$("${PSQL[@]}" -At -c "SHOW server_version")
DOTNET_VERSION=$(dotnet --version)
NODE_VERSION=$(node --version)
ISSUE_S=$(awk -v m="$ISSUE_MS" 'BEGIN { printf "%.1f", m / 1000 }')
ZIP_S=$(awk -v m="$ZIP_MS" 'BEGIN { printf "%.1f", m / 1000 }')
ISSUE_PER=$(awk -v m="$ISSUE_MS" -v n="$C_COUNT" 'BEGIN { printf "%.1f", m / n }')
ZIP_PER=$(awk -v m="$ZIP_MS" -v n="$ZIP_ENTRIES" 'BEGIN { printf "%.1f", m / n }')
MAX_RSS=$(printf '%s\n' "$ISSUE_RSS" "$ZIP_RSS" | sort -n | tail -n 1)
ISSUE_TARGET=$(met "$ISSUE_MS < 30000 && $ISSUE_RSS < 300")
ZIP_TARGET=$(met "$ZIP_MS < 30000 && $ZIP_RSS < 300")
PDF_TARGET=$(met "${P[holder.p50]} < 50")
PDF_TARGET_STAFF=$(met "${P[staff.p50]} < 50")
RSS_TARGET=$(met "$MAX_RSS < 300")

BLOCK="$TMP/block.md"
{
  echo "<!-- bench:certificates-load:begin (written by bench/certificates-load/run.sh; edit outside these markers) -->"
  echo "### Latest run: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(bench_machine); Node, the app and PostgreSQL share these cores; 1-minute load average $LOAD_BEFORE before the run, $LOAD_ISSUE at the issue, $LOAD_ZIP at the ZIP, $LOAD_PDF at the PDFs, $LOAD_AFTER at the end (above 2: other work was running)"
  echo "- commit: $(bench_commit) · .NET SDK $DOTNET_VERSION, Release, Production${BENCH_APP_ENV:+, app environment \`$BENCH_APP_ENV\`} · PostgreSQL $PG_VERSION (loopback; $DURABILITY) · Node $NODE_VERSION"
  echo "- data: $N_USERS users ($LEARNERS learners, 1 methodologist of national scope), one published 6-hour course with one run and $N_COMPLETED Completed enrolments, $N_CERTS certificates before the run (loaded in ${LOAD_SECONDS}s); the script ran ${RUN_SECONDS}s in all"
  echo "- RSS: peak VmRSS of the app sampled every 0.2 s during the request (before the issue: $RSS_BEFORE MB; peak over the whole run, VmHWM: $PEAK_RSS MB)"
  echo
  echo "| scenario | result | wall time | per certificate | app RSS peak MB | target |"
  echo "|---|---|---:|---:|---:|---|"
  echo "| \`POST /admin/certificates/runs/{id}/issue\` | $C_COUNT certificates, $C_NUMBERS distinct numbers ($C_FIRST … $C_LAST), $C_CODES distinct codes | $ISSUE_S s | $ISSUE_PER ms | $ISSUE_RSS | < 30 s, < 300 MB: $ISSUE_TARGET |"
  echo "| \`GET /admin/certificates/runs/{id}.zip\` | $ZIP_MB MB, $ZIP_ENTRIES entries ($ZIP_UNCOMPRESSED MB of PDFs), \`unzip -t\` $ZIP_TEST | $ZIP_S s | $ZIP_PER ms | $ZIP_RSS | < 30 s, < 300 MB: $ZIP_TARGET |"
  echo "| \`GET /certificates/{id}.pdf\` as the holder, $PDF_COUNT in a row after $PDF_WARMUP | ${P[holder.bytes]} bytes; p50 ${P[holder.p50]} ms, p99 ${P[holder.p99]} ms (min ${P[holder.min]}, max ${P[holder.max]}) | | | | p50 < 50 ms warm: $PDF_TARGET |"
  echo "| \`GET /certificates/{id}.pdf\` as the methodologist, $PDF_COUNT in a row after $PDF_WARMUP | ${P[staff.bytes]} bytes; p50 ${P[staff.p50]} ms, p99 ${P[staff.p99]} ms (min ${P[staff.min]}, max ${P[staff.max]}) | | | | p50 < 50 ms warm: $PDF_TARGET_STAFF |"
  echo
  echo "App RSS under 300 MB while issuing and zipping (peak $MAX_RSS MB): $RSS_TARGET. The admin page then said: \"$ISSUE_MESSAGE\"."
  echo "<!-- bench:certificates-load:end -->"
} >"$BLOCK"

bench_write_block certificates-load "$BLOCK"
