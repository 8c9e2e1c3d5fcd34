#!/usr/bin/env bash
# Fault drill: kill -9 an app node while it dispatches reminders, letters and outbox events (issue 17, section 2).
#
# Two nodes on one PostgreSQL and Redis behind nginx (deploy/cluster/up.sh through deploy/faults/lib.sh), the
# platform's lease shortened to FAULTS_LEASE (20) seconds through Lounb:Jobs:LeaseSeconds, the workers polling every 2 s. Loaded with SQL (as the
# live-webinar bench loads them): FAULTS_PEOPLE (1,000) learners registered for a webinar starting in 3 hours; then at
# one moment FAULTS_LETTERS (2,000) letters, one e-mail reminder per registration and one integration event
# ("webinars.webinar-registered") per registration are queued, all due now. Once the nodes have sent some, node A
# gets kill -9 while it holds claims; node B takes those over after the lease. In the end each must have been
# delivered exactly once: letters and reminders counted in the mail pickup folder (by recipient), events by their
# deliveries and by their effect (one report fact per registration). Exits 1 on a duplicate or a missing one.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
. "$ROOT/deploy/faults/lib.sh"
PEOPLE=${FAULTS_PEOPLE:-1000}
LETTERS=${FAULTS_LETTERS:-2000}
LEASE=${FAULTS_LEASE:-20}

faults_init
# up.sh's workers poll every 2 s already; the lease (how long a claim of a node that died blocks the job) is shortened.
faults_cluster Lounb__Jobs__LeaseSeconds="$LEASE"
PICKUP="$OUTBOX_DIR"

# Three hours ahead: on a slow machine the last reminders must not become "too late" (skipped) while the drill runs.
"${PSQL[@]}" -v learners="$PEOPLE" -v password_hash=unused -v starts_in='3 hours' -f "$ROOT/bench/webinars-live/load.sql" >/dev/null
log "Queueing $LETTERS letters, $PEOPLE reminders and $PEOPLE events at one moment"
QUEUED_AT=$(date +%s)
"${PSQL[@]}" <<SQL
BEGIN;
INSERT INTO core_mail (id, "to", subject, body, created_at, due_at, attempts)
SELECT gen_random_uuid(), 'drill-' || i || '@drill.lounb.test', 'Навчальна тривога: лист ' || i,
  'Перевірка черги листів під час збою вузла.', now(), now(), 0
FROM generate_series(1, $LETTERS) i;
INSERT INTO webinars_reminder (id, event_id, user_id, kind, due_at, attempts)
SELECT gen_random_uuid(), r.event_id, r.user_id, 'EmailHourBefore', now(), 0 FROM webinars_registration r;
INSERT INTO core_outbox_event (id, type, payload, occurred_at, due_at, attempts)
SELECT gen_random_uuid(), 'webinars.webinar-registered',
  json_build_object('RegistrationId', r.id, 'EventId', r.event_id, 'UserId', r.user_id, 'RegisteredAt', to_char(r.created_at, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text,
  now(), now(), 0
FROM webinars_registration r;
COMMIT;
SQL

# Kill node A once the queues are moving and A holds claims.
A_PID=$NODE_A_PID
for _ in $(seq 1 600); do
  read -r sent held < <("${PSQL[@]}" -At -F ' ' -c "SELECT
    (SELECT count(*) FROM core_mail WHERE sent_at IS NOT NULL),
    (SELECT count(*) FROM core_mail WHERE sent_at IS NULL AND claimed_by LIKE '%/$A_PID/%')
    + (SELECT count(*) FROM core_outbox_event WHERE dispatched_at IS NULL AND claimed_by LIKE '%/$A_PID/%')
    + (SELECT count(*) FROM webinars_reminder WHERE sent_at IS NULL AND claimed_by LIKE '%/$A_PID/%')")
  if [ "$sent" -ge 100 ] && [ "$held" -gt 0 ]; then break; fi
  sleep 0.1
done
faults_kill_node A
KILLED_AT=$(date +%s)
read -r HELD_MAIL HELD_EVENTS HELD_REMINDERS < <("${PSQL[@]}" -At -F ' ' -c "SELECT
  (SELECT count(*) FROM core_mail WHERE sent_at IS NULL AND claimed_by LIKE '%/$A_PID/%'),
  (SELECT count(*) FROM core_outbox_event WHERE dispatched_at IS NULL AND claimed_by LIKE '%/$A_PID/%'),
  (SELECT count(*) FROM webinars_reminder WHERE sent_at IS NULL AND claimed_by LIKE '%/$A_PID/%')")
log "Node A killed $((KILLED_AT - QUEUED_AT))s after queueing, holding $HELD_MAIL letters, $HELD_EVENTS events, $HELD_REMINDERS reminders"

# Wait until everything is done (the held work after the lease), at most FAULTS_DISPATCH_WAIT (300) seconds: on a
# loaded machine sending 3,000 letters takes minutes.
for _ in $(seq 1 "${FAULTS_DISPATCH_WAIT:-300}"); do
  left=$("${PSQL[@]}" -At -c "SELECT (SELECT count(*) FROM core_mail WHERE sent_at IS NULL)
    + (SELECT count(*) FROM core_outbox_event WHERE dispatched_at IS NULL) + (SELECT count(*) FROM webinars_reminder WHERE sent_at IS NULL)")
  if [ "$left" -eq 0 ]; then break; fi
  sleep 1
done
DONE_AT=$(date +%s)
sleep 3 # a reminder's letter is queued when its job is marked sent: let node B's mail worker send the last ones

# Letters in the pickup folder, by recipient (a file cut short by the kill counts too: it has its To line).
grep -h -m1 -o -i '^To:.*' "$PICKUP"/*.eml 2>/dev/null | grep -o '[A-Za-z0-9._+-]*@[A-Za-z0-9.-]*' | sort | uniq -c | awk '{ print $2 "\t" $1 }' >"$TMP/recipients.tsv" || true
count() { awk -F'\t' -v p="$1" '$1 ~ p { n++; d += $2 - 1 } END { printf "%d %d\n", n, d }' "$TMP/recipients.tsv"; }
read -r LETTERS_DELIVERED LETTERS_DUPLICATES < <(count '^drill-')
read -r REMINDERS_DELIVERED REMINDERS_DUPLICATES < <(count '^learner')
read -r EVENTS_DONE DELIVERIES FACTS FACTS_DUPLICATES < <("${PSQL[@]}" -At -F ' ' -c "SELECT
  (SELECT count(*) FROM core_outbox_event WHERE type = 'webinars.webinar-registered' AND dispatched_at IS NOT NULL),
  (SELECT count(*) FROM core_outbox_delivery d JOIN core_outbox_event e ON e.id = d.event_id WHERE e.type = 'webinars.webinar-registered' AND d.delivered_at IS NOT NULL),
  (SELECT count(DISTINCT f.key) FROM reports_fact f JOIN webinars_registration r ON f.key = 'webinar-registered:' || r.id),
  (SELECT count(*) - count(DISTINCT f.key) FROM reports_fact f JOIN webinars_registration r ON f.key = 'webinar-registered:' || r.id)")
read -r REMINDER_JOBS_SENT < <("${PSQL[@]}" -At -c "SELECT count(*) FROM webinars_reminder WHERE sent_at IS NOT NULL")

figure "lease (s)" "$LEASE"
figure "node A killed after (s)" "$((KILLED_AT - QUEUED_AT))"
figure "held by node A when killed (letters/events/reminders)" "$HELD_MAIL/$HELD_EVENTS/$HELD_REMINDERS"
figure "all done after the kill (s)" "$((DONE_AT - KILLED_AT))"
figure "letters queued" "$LETTERS"
figure "letters delivered" "$LETTERS_DELIVERED"
figure "letters duplicated" "$LETTERS_DUPLICATES"
figure "letters missing" "$((LETTERS - LETTERS_DELIVERED))"
figure "reminders queued" "$PEOPLE"
figure "reminders sent (jobs)" "$REMINDER_JOBS_SENT"
figure "reminder letters delivered" "$REMINDERS_DELIVERED"
figure "reminder letters duplicated" "$REMINDERS_DUPLICATES"
figure "reminders missing" "$((PEOPLE - REMINDERS_DELIVERED))"
figure "events queued" "$PEOPLE"
figure "events dispatched" "$EVENTS_DONE"
figure "subscriber deliveries recorded" "$DELIVERIES"
figure "events' effects (report facts)" "$FACTS"
figure "effects duplicated" "$FACTS_DUPLICATES"
figure "events missing" "$((PEOPLE - FACTS))"
if [ "$LETTERS_DUPLICATES" -ne 0 ] || [ "$LETTERS_DELIVERED" -ne "$LETTERS" ] || [ "$REMINDERS_DUPLICATES" -ne 0 ] \
  || [ "$REMINDERS_DELIVERED" -ne "$PEOPLE" ] || [ "$FACTS" -ne "$PEOPLE" ] || [ "$FACTS_DUPLICATES" -ne 0 ] || [ "$EVENTS_DONE" -ne "$PEOPLE" ]; then
  FAULTS_LOST=1
fi
faults_verdict kill-node-during-dispatch
