#!/usr/bin/env bash
# Fault drill: restart PostgreSQL twice while 200 examinees save answers through nginx (issue 17, section 2).
#
# The same cluster and load as kill-node-during-saves.sh; after FAULTS_RESTART_AFTER (20) seconds PostgreSQL is
# restarted with pg_ctl restart -m fast (clean shutdown), FAULTS_RESTART_GAP (20) seconds later with -m immediate (no
# shutdown checkpoint: crash recovery from the WAL). The app nodes are not touched: they must recover on their own.
# Prints for each restart how soon saves succeeded again, and compares the client log with the database: every
# acknowledged save must be there with its value. Exits 1 when one is lost or the nodes did not recover.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
. "$ROOT/deploy/faults/lib.sh"
RESTART_AFTER=${FAULTS_RESTART_AFTER:-20}
RESTART_GAP=${FAULTS_RESTART_GAP:-20}

faults_saves_begin "${FAULTS_SECONDS:-70}"
sleep "$RESTART_AFTER"
FAST_AT=$(date +%s%3N)
faults_restart_postgres fast
FAST_TOOK=$(( $(date +%s%3N) - FAST_AT ))
log "PostgreSQL restarted (fast) in ${FAST_TOOK} ms"
sleep "$RESTART_GAP"
IMMEDIATE_AT=$(date +%s%3N)
faults_restart_postgres immediate
IMMEDIATE_TOOK=$(( $(date +%s%3N) - IMMEDIATE_AT ))
log "PostgreSQL restarted (immediate) in ${IMMEDIATE_TOOK} ms"
wait "$LOAD_PID"
FAST=$(node "$ROOT/deploy/faults/saves.mjs" report --log "$TMP/saves.log" --at "$FAST_AT" --until "$IMMEDIATE_AT")
IMMEDIATE=$(node "$ROOT/deploy/faults/saves.mjs" report --log "$TMP/saves.log" --at "$IMMEDIATE_AT")
log "After the fast restart: $FAST"
log "After the immediate restart: $IMMEDIATE"
figure "restart -m fast took (ms)" "$FAST_TOOK"
figure "requests failed after the fast restart" "$(field "$FAST" failedAfter)"
figure "seconds until saves succeed again (fast)" "$(field "$FAST" savesSucceedAgainAfterSeconds)"
figure "restart -m immediate took (ms)" "$IMMEDIATE_TOOK"
figure "requests failed after the immediate restart" "$(field "$IMMEDIATE" failedAfter)"
figure "seconds until saves succeed again (immediate)" "$(field "$IMMEDIATE" savesSucceedAgainAfterSeconds)"
# Recovered without a restart: both nodes are the same processes and answer /health (which reads the database).
for node in A B; do
  url_var="NODE_${node}_URL" pid_var="NODE_${node}_PID"
  if kill -0 "${!pid_var}" 2>/dev/null && curl -fsS "${!url_var}/health" | grep -q Healthy; then
    figure "node $node healthy afterwards (same process)" yes
  else figure "node $node healthy afterwards (same process)" no; FAULTS_LOST=1; fi
done
if [ "$(field "$IMMEDIATE" acknowledgedAfter)" -eq 0 ]; then FAULTS_LOST=1; fi
faults_saves_end
faults_verdict restart-postgres-during-saves
