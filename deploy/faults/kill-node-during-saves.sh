#!/usr/bin/env bash
# Fault drill: kill -9 one app node while 200 examinees save answers through nginx (issue 17, section 2).
#
# Two nodes on one PostgreSQL and Redis behind nginx (deploy/faults/lib.sh); FAULTS_EXAMINEES (200) learners loaded as
# the assessment bench loads them, signed in and with a started attempt each; saves.mjs sends their saves for
# FAULTS_SECONDS (40) and logs every save the server acknowledged; after FAULTS_KILL_AFTER (12) seconds node A gets
# kill -9. Prints how soon saves succeeded again through node B, and compares the client log with the database:
# every acknowledged save must be there with its value. Exits 1 when one is lost.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
. "$ROOT/deploy/faults/lib.sh"
EXAMINEES=${FAULTS_EXAMINEES:-200}
SECONDS_OF_LOAD=${FAULTS_SECONDS:-40}
KILL_AFTER=${FAULTS_KILL_AFTER:-12}

faults_init
faults_cluster
faults_exam "$EXAMINEES"

log "Saving for ${SECONDS_OF_LOAD}s; node A gets kill -9 after ${KILL_AFTER}s"
node "$ROOT/deploy/faults/saves.mjs" run --base "$BASE" --data "$TMP/saves.tsv" --log "$TMP/saves.log" --seconds "$SECONDS_OF_LOAD" >"$TMP/load.json" &
LOAD_PID=$!
sleep "$KILL_AFTER"
KILLED_AT=$(date +%s%3N)
faults_kill_node A
log "Node A killed"
wait "$LOAD_PID"
REPORT=$(node "$ROOT/deploy/faults/saves.mjs" report --log "$TMP/saves.log" --at "$KILLED_AT")
SUMMARY=$(cat "$TMP/load.json")
log "Client: $SUMMARY"
log "After the kill: $REPORT"

field() { node -e 'const o = JSON.parse(process.argv[1]); console.log(o[process.argv[2]])' "$1" "$2"; }
figure "examinees" "$EXAMINEES"
figure "requests failed after the kill" "$(field "$REPORT" failedAfter)"
figure "seconds until saves succeed again" "$(field "$REPORT" savesSucceedAgainAfterSeconds)"
figure "longest pause between acknowledged saves after the kill (s)" "$(field "$REPORT" longestPauseBetweenAcknowledgementsSeconds)"
figure "failed-but-retried saves" "$(field "$SUMMARY" retriedThenAcknowledged)"
figure "saves still unacknowledged at the end" "$(field "$SUMMARY" unacknowledgedAtEnd)"
faults_check_saves "$TMP/saves.log"
faults_verdict kill-node-during-saves
