-- Data for bench/webinars-live/run.sh (psql -v learners=2000 -v password_hash=... -f load.sql).
-- Tables and columns as in src/Lounb.Learning/Data/Migrations/Postgres/*_Initial.cs, *_Webinars.cs, *_WebinarSeats.cs and
-- *_WebinarsLive.cs: snake_case, enums as their names in text, times in UTC, uuid ids. Every row is what the app would write:
--   - learners as registration writes them (Citizen, confirmed address, the Learner role), all with the same ASP.NET
--     Identity V3 password hash (bench/assessments-load/start.mjs hash); one moderator with the Trainer role of national
--     scope, who is also the event's moderator host;
--   - one open webinar starting in 5 minutes (90 minutes, external link), every learner's registration Confirmed.
\set ON_ERROR_STOP 1
SET TIME ZONE 'UTC';
BEGIN;

\set staff_email 'moderator@bench.lounb.test'
\set staff_role Trainer
\set staff_name 'Андрій Модератор'
\ir ../people.sql

-- The webinar, as SchedulingService writes a single event (room name lounb-<id>, UID webinar-<id>@domain).
CREATE TEMP TABLE b_event AS SELECT gen_random_uuid() AS id;
INSERT INTO webinars_event (id, uid, series_id, original_starts_at, title, description, kind, starts_at, duration_minutes, status,
  cancellation_reason, oblast_code, location, course_run_id, registration_mode, capacity, room_kind, external_url, room_name,
  materials, recording_url, sequence, created_at, updated_at, created_by_id, seat_version, seats_taken)
SELECT e.id, 'webinar-' || replace(e.id::text, '-', '') || '@learn.lounb.org.ua', NULL, NULL,
  'Бібліотечна школа non stop: 2 000 учасників', 'Навантажувальний тест живої кімнати.', 'Webinar',
  date_trunc('second', now()) + interval '5 minutes', 90, 'Scheduled', NULL, 'UA-09', NULL, NULL, 'Open', NULL, 'ExternalLink',
  'https://meet.example.org/lounb-bench', 'lounb-' || replace(e.id::text, '-', ''), '', NULL, 0, now(), now(),
  (SELECT id FROM b_person WHERE i = 0), 0, :learners
FROM b_event e;
INSERT INTO webinars_host (id, event_id, user_id, display_name, role)
SELECT gen_random_uuid(), e.id, p.id, p.full_name, 'Moderator' FROM b_event e, b_person p WHERE p.i = 0;
INSERT INTO webinars_registration (id, event_id, user_id, status, created_at, status_changed_at)
SELECT gen_random_uuid(), e.id, p.id, 'Confirmed', now() - interval '1 day', now() - interval '1 day'
FROM b_event e, b_person p WHERE p.i > 0;
COMMIT;
