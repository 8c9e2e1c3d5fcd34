#!/usr/bin/env bash
# Fault drill: kill -9 one app node while 200 examinees save answers through nginx (issue 17, section 2).
#
# Two nodes on one PostgreSQL and Redis behind nginx (deploy/faults/lib.sh); FAULTS_EXAMINEES (200) learners loaded as
# the assessment bench loads them, signed in and with a started attempt each; saves.mjs sends their saves for
# FAULTS_SECONDS (60) and logs every save the server acknowledged; after FAULTS_KILL_AFTER (25) seconds node A gets
# kill -9. Prints how soon saves succeeded again through node B, and compares the client log with the database:
# every acknowledged save must be there with its value. Exits 1 when one is lost.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
. "$ROOT/deploy/faults/lib.sh"
KILL_AFTER=${FAULTS_KILL_AFTER:-25}

faults_saves_begin "${FAULTS_SECONDS:-60}"
sleep "$KILL_AFTER"
KILLED_AT=$(date +%s%3N)
faults_kill_node A
log "Node A killed after ${KILL_AFTER}s"
wait "$LOAD_PID"
REPORT=$(node "$ROOT/deploy/faults/saves.mjs" report --log "$TMP/saves.log" --at "$KILLED_AT")
log "After the kill: $REPORT"
figure "requests failed after the kill" "$(field "$REPORT" failedAfter)"
figure "seconds until saves succeed again" "$(field "$REPORT" savesSucceedAgainAfterSeconds)"
figure "longest pause between acknowledged saves after the kill (s)" "$(field "$REPORT" longestPauseBetweenAcknowledgementsSeconds)"
faults_saves_end
faults_verdict kill-node-during-saves
