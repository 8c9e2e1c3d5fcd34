-- One open webinar (90 minutes, external link), as SchedulingService writes a single event (room name lounb-<id>, UID
-- webinar-<id>@domain), with a moderator host and confirmed registrations. Included by bench/webinars-live/load.sql after
-- its people (\ir ../webinar.sql), or run on its own against people already there (psql -1 -v … -f bench/webinar.sql:
-- deploy/faults/stop-redis.sh). Variables (psql -v or \set):
--   host_email    the person who creates and moderates it (must exist)
--   registrants   LIKE pattern of the e-mail addresses registered (Confirmed), e.g. 'learner%@bench.lounb.test'
--   title         its title
--   starts_in     how long from now it starts (an interval; default '5 minutes')
\if :{?starts_in}
\else
\set starts_in '5 minutes'
\endif
CREATE TEMP TABLE b_event AS SELECT gen_random_uuid() AS id, (SELECT id FROM identity_user WHERE email = :'host_email') AS host_id;
CREATE TEMP TABLE b_registrant AS SELECT id FROM identity_user WHERE email LIKE :'registrants' AND email <> :'host_email';
INSERT INTO webinars_event (id, uid, series_id, original_starts_at, title, description, kind, starts_at, duration_minutes, status,
  cancellation_reason, oblast_code, location, course_run_id, registration_mode, capacity, room_kind, external_url, room_name,
  materials, recording_url, sequence, created_at, updated_at, created_by_id, seat_version, seats_taken)
SELECT e.id, 'webinar-' || replace(e.id::text, '-', '') || '@learn.lounb.org.ua', NULL, NULL,
  :'title', 'Вебінар навантажувальних тестів і навчальних тривог.', 'Webinar',
  date_trunc('second', now()) + :'starts_in'::interval, 90, 'Scheduled', NULL, 'UA-09', NULL, NULL, 'Open', NULL, 'ExternalLink',
  'https://meet.example.org/lounb-bench', 'lounb-' || replace(e.id::text, '-', ''), '', NULL, 0, now(), now(),
  e.host_id, 0, (SELECT count(*) FROM b_registrant)
FROM b_event e;
INSERT INTO webinars_host (id, event_id, user_id, display_name, role)
SELECT gen_random_uuid(), e.id, u.id, u.full_name, 'Moderator' FROM b_event e JOIN identity_user u ON u.id = e.host_id;
INSERT INTO webinars_registration (id, event_id, user_id, status, created_at, status_changed_at)
SELECT gen_random_uuid(), e.id, r.id, 'Confirmed', now() - interval '1 day', now() - interval '1 day'
FROM b_event e, b_registrant r;
