#!/usr/bin/env bash
# The attestation documents of a campaign of 2,000 candidates through HTTP on PostgreSQL, database reads included
# (issue 14: protocol and summary each < 2 s). Not a test: it never fails on slow figures.
#
# Starts a throwaway PostgreSQL on a free loopback port, publishes the app in Release, migrates, loads a campaign of
# BENCH_CANDIDATES (2000) candidates with http-load.sql, starts the app in Production on 127.0.0.1, signs in as the
# national methodologist through /account/login (curl, antiforgery token and cookie), and downloads
# /attestation/campaigns/{id}/protocol.pdf, protocol.xlsx and summary.xlsx: one warm-up, then BENCH_RUNS (5) timed
# downloads each (curl's time_total: request to last byte). Writes the block between the bench markers
# bench:attestation-http in docs/benchmarks.md. Everything it starts is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE="$ROOT/bench/attestation-docs"
CANDIDATES=${BENCH_CANDIDATES:-2000}
RUNS=${BENCH_RUNS:-5}
PASSWORD='Bench-attestation-2027'
. "$ROOT/bench/lib.sh"
bench_init
bench_tools postgresql curl nodejs

bench_postgres "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB"
bench_publish
bench_migrate

log "Loading a campaign of $CANDIDATES candidates"
PASSWORD_HASH=$(node "$ROOT/bench/assessments-load/start.mjs" hash "$PASSWORD")
"${PSQL[@]}" -v learners=5 -v password_hash="$PASSWORD_HASH" -v candidates="$CANDIDATES" -f "$HERE/http-load.sql"
CAMPAIGN=$("${PSQL[@]}" -At -c "SELECT id FROM attestation_campaign")
read -r N_CANDIDATES N_DECISIONS N_VOTES < <("${PSQL[@]}" -At -F ' ' -c "SELECT (SELECT count(*) FROM attestation_candidate),
  (SELECT count(*) FROM attestation_decision), (SELECT count(*) FROM attestation_vote)")

bench_start_app

log "Signing in as the methodologist"
JAR="$TMP/cookies.txt"
TOKEN=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
[ -n "$TOKEN" ] || { log "No antiforgery token on /account/login"; exit 1; }
STATUS=$(curl -sS -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "Email=metodyst@bench.lounb.test" \
  --data-urlencode "Password=$PASSWORD" --data-urlencode "__RequestVerificationToken=$TOKEN" "$BASE/account/login")
[ "$STATUS" = 302 ] || { log "Sign-in answered $STATUS"; exit 1; }

RESULTS=""
for doc in protocol.xlsx summary.xlsx protocol.pdf; do
  url="$BASE/attestation/campaigns/$CAMPAIGN/$doc"
  times=()
  for run in $(seq 0 "$RUNS"); do
    read -r code seconds bytes < <(curl -sS -o "$TMP/$doc" -w '%{http_code} %{time_total} %{size_download}\n' -b "$JAR" "$url")
    [ "$code" = 200 ] || { log "GET $doc answered $code"; exit 1; }
    if [ "$run" -gt 0 ]; then times+=("$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }')"); fi
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(sed -n "$(( (${#times[@]} + 1) / 2 ))p" <<<"$sorted")
  slowest=$(tail -n 1 <<<"$sorted")
  log "$doc: median $median ms, slowest $slowest ms, $bytes bytes"
  RESULTS+="$doc	$N_CANDIDATES	$median	$slowest	$bytes"$'\n'
done
# The protocol has a row for every candidate: a download that lost rows would be a false result.
LISTED=$(unzip -p "$TMP/protocol.xlsx" 'xl/worksheets/*.xml' | grep -o '<row ' | wc -l)
[ "$LISTED" -ge "$N_CANDIDATES" ] || { log "protocol.xlsx has $LISTED rows for $N_CANDIDATES candidates"; exit 1; }

BLOCK="$TMP/block.md"
{
  echo "<!-- bench:attestation-http:begin (written by bench/attestation-docs/http.sh; edit outside these markers) -->"
  echo "### Latest run through HTTP: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(bench_machine); 1-minute load average $(bench_load) (above 2: other work shared the cores); curl, the app and PostgreSQL share them"
  echo "- commit: $(bench_commit) · .NET SDK $(dotnet --version), Release, Production · PostgreSQL $("${PSQL[@]}" -At -c 'SHOW server_version') (loopback)"
  echo "- data: $N_CANDIDATES candidates in 60 libraries of 12 hromadas, $N_DECISIONS decisions with $N_VOTES votes, a commission of five; signed in as the national methodologist; after one warm-up, $RUNS downloads each (request to last byte)"
  echo
  echo "| download | candidates | median ms | slowest ms | size bytes | target < 2 s |"
  echo "|---|---:|---:|---:|---:|---|"
  while IFS=$'\t' read -r name count median slowest bytes; do
    [ -n "$name" ] || continue
    verdict=$([ "$slowest" -lt 2000 ] && echo met || echo "**missed**")
    echo "| \`$name\` | $count | $median | $slowest | $bytes | $verdict |"
  done <<<"$RESULTS"
  echo "<!-- bench:attestation-http:end -->"
} >"$BLOCK"

bench_write_block attestation-http "$BLOCK"
