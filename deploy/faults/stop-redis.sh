#!/usr/bin/env bash
# Fault drill: stop Redis while people use the platform (issue 17, section 2).
#
# Two nodes on one PostgreSQL and Redis behind nginx (deploy/faults/lib.sh); two learners (one with a started quiz
# attempt) registered for a webinar starting in 5 minutes. A browser (Playwright, /usr/bin/chromium; spec
# deploy/faults/stop-redis.spec.ts) signs in and opens the webinar's live room; Redis is stopped; the panel must say
# it is reconnecting; meanwhile an answer save, the home page and a sign-in must work (each printed with its time);
# Redis is started again and the panel must be connected again (and carry a chat message). Exits 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
. "$ROOT/deploy/faults/lib.sh"

faults_init
faults_cluster
faults_exam 2
EVENT_ID=$("${PSQL[@]}" -At <<'SQL'
INSERT INTO webinars_event (id, uid, series_id, original_starts_at, title, description, kind, starts_at, duration_minutes, status,
  cancellation_reason, oblast_code, location, course_run_id, registration_mode, capacity, room_kind, external_url, room_name,
  materials, recording_url, sequence, created_at, updated_at, created_by_id, seat_version, seats_taken)
SELECT e.id, 'webinar-' || replace(e.id::text, '-', '') || '@learn.lounb.org.ua', NULL, NULL,
  'Бібліотечна школа: навчальна тривога', 'Перевірка живої кімнати, коли зникає Redis.', 'Webinar',
  date_trunc('second', now()) + interval '5 minutes', 90, 'Scheduled', NULL, 'UA-09', NULL, NULL, 'Open', NULL, 'ExternalLink',
  'https://meet.example.org/lounb-drill', 'lounb-' || replace(e.id::text, '-', ''), '', NULL, 0, now(), now(),
  (SELECT id FROM identity_user WHERE email = 'metodyst@bench.lounb.test'), 0, 2
FROM (SELECT gen_random_uuid() AS id) e
RETURNING id;
SQL
)
EVENT_ID=$(head -n 1 <<<"$EVENT_ID")
"${PSQL[@]}" -c "INSERT INTO webinars_registration (id, event_id, user_id, status, created_at, status_changed_at)
  SELECT gen_random_uuid(), '$EVENT_ID', id, 'Confirmed', now(), now() FROM identity_user WHERE email LIKE 'learner%'"

log "The browser joins the live room of webinar $EVENT_ID; Redis will be stopped and started"
set +e
FAULTS_TMP="$TMP" FAULTS_BASE="$BASE" FAULTS_LIVE_PATH="/webinars/$EVENT_ID/live" FAULTS_LIVE_EMAIL=learner2@bench.lounb.test \
  FAULTS_SIGNIN_EMAIL=learner1@bench.lounb.test FAULTS_PASSWORD='Fault-Learner-2026' FAULTS_SAVES="$TMP/saves.tsv" \
  FAULTS_REDIS_STOP="$TMP/redis-stop.sh" FAULTS_REDIS_START="$TMP/redis-start.sh" \
  timeout 1200 npx playwright test -c deploy/faults/playwright.config.ts 2>&1 | tee "$TMP/playwright.log"
STATUS=${PIPESTATUS[0]}
set -e
while IFS= read -r line; do
  name=${line#*figure: }; figure "${name%%: *}" "${name#*: }"
done < <(grep -o 'figure: .*' "$TMP/playwright.log")
if [ "$STATUS" -ne 0 ]; then FAULTS_LOST=1; fi
faults_verdict stop-redis
