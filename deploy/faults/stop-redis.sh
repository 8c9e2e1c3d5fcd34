#!/usr/bin/env bash
# Fault drill: stop Redis while people use the platform (issue 17, section 2).
#
# Two nodes on one PostgreSQL and Redis behind nginx (deploy/cluster/up.sh through deploy/faults/lib.sh); two learners
# (one with a started quiz attempt) registered for a webinar starting in 5 minutes. A browser (Playwright, /usr/bin/chromium; spec
# deploy/faults/stop-redis.spec.ts) signs in and opens the webinar's live room; Redis is stopped; the panel must say
# it is reconnecting; meanwhile an answer save, the home page and a sign-in must work (each printed with its time) and
# the panel must keep trying (at least twice in the 15 s Redis stays down); Redis is started again and the panel must
# be connected again (and carry a chat message). Exits 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
. "$ROOT/deploy/faults/lib.sh"

faults_init
faults_cluster
faults_exam 2
# The webinar as the live-room bench loads it (bench/webinar.sql): both learners registered, the methodologist hosting.
"${PSQL[@]}" -1 -v host_email=metodyst@bench.lounb.test -v 'registrants=learner%@bench.lounb.test' \
  -v 'title=Бібліотечна школа: навчальна тривога' -f "$ROOT/bench/webinar.sql" >/dev/null
EVENT_ID=$("${PSQL[@]}" -At -c "SELECT id FROM webinars_event")
# The browser stops and starts the cluster's Redis with deploy/cluster/nodes.sh.
redis_command() { printf '. %q && . %q && redis_%s' "$CLUSTER_DIR/state.env" "$ROOT/deploy/cluster/nodes.sh" "$1"; }

log "The browser joins the live room of webinar $EVENT_ID; Redis will be stopped and started"
set +e
FAULTS_TMP="$TMP" FAULTS_BASE="$BASE" FAULTS_LIVE_PATH="/webinars/$EVENT_ID/live" FAULTS_LIVE_EMAIL=learner2@bench.lounb.test \
  FAULTS_SIGNIN_EMAIL=learner1@bench.lounb.test FAULTS_PASSWORD='Fault-Learner-2026' FAULTS_SAVES="$TMP/saves.tsv" \
  FAULTS_REDIS_STOP="$(redis_command stop)" FAULTS_REDIS_START="$(redis_command start)" \
  timeout 1200 npx playwright test -c deploy/faults/playwright.config.ts 2>&1 | tee "$TMP/playwright.log"
STATUS=${PIPESTATUS[0]}
set -e
while IFS= read -r line; do
  name=${line#*figure: }; figure "${name%%: *}" "${name#*: }"
done < <(grep -o 'figure: .*' "$TMP/playwright.log")
if [ "$STATUS" -ne 0 ]; then FAULTS_LOST=1; fi
faults_verdict stop-redis
