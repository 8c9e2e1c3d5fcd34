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

CREATE FUNCTION pg_temp.sort_key(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(lower(translate(t, '''’ʼ', '')), 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
    (SELECT string_agg(chr(57344 + n), '' ORDER BY n) FROM generate_series(0, 32) n))
$$;

CREATE TEMP TABLE b_oblast AS SELECT row_number() OVER (ORDER BY code) AS n, code FROM core_oblast;
CREATE TEMP TABLE b_person AS
SELECT gen_random_uuid() AS id, p.i, p.email, p.kind, p.full_name FROM (
  SELECT i, 'learner' || i || '@bench.lounb.test' AS email, 'Learner' AS kind,
    (ARRAY['Олена', 'Іван', 'Марія', 'Петро', 'Ганна', 'Андрій', 'Світлана', 'Олег', 'Наталія', 'Юрій'])[1 + i % 10] || ' ' ||
    (ARRAY['Коваленко', 'Бондар', 'Шевчук', 'Ткаченко', 'Мельник', 'Кравченко', 'Олійник', 'Лисенко', 'Марченко', 'Савченко',
           'Руденко', 'Гнатюк', 'Левченко', 'Мороз', 'Поліщук', 'Бойко', 'Павленко', 'Кузьменко', 'Гончар', 'Литвин'])[1 + (i / 10) % 20] AS full_name
  FROM generate_series(1, :learners) i
  UNION ALL
  SELECT 0, 'moderator@bench.lounb.test', 'Trainer', 'Андрій Модератор') p;
INSERT INTO identity_user (id, full_name, kind, age_group, oblast_code, created_at, search_text, sort_name, user_name, normalized_user_name,
  email, normalized_email, email_confirmed, password_hash, security_stamp, concurrency_stamp, phone_number_confirmed,
  two_factor_enabled, lockout_enabled, access_failed_count)
SELECT p.id, p.full_name, CASE WHEN p.kind = 'Learner' THEN 'Citizen' ELSE 'Librarian' END,
  CASE WHEN p.kind = 'Learner' THEN (ARRAY['Teen14To17', 'Adult18To59', 'Adult18To59', 'Senior60Plus'])[1 + p.i % 4] END,
  (SELECT code FROM b_oblast WHERE n = 1 + p.i % NULLIF((SELECT count(*) FROM b_oblast), 0)),
  now() - make_interval(days => p.i % 300), lower(p.full_name || ' ' || p.email), pg_temp.sort_key(p.full_name),
  p.email, upper(p.email), p.email, upper(p.email), true, :'password_hash',
  upper(substr(md5('stamp' || p.id), 1, 32)), gen_random_uuid()::text, false, false, true, 0
FROM b_person p;
INSERT INTO identity_user_role (user_id, role_id, scope_oblast_code)
SELECT p.id, r.id, NULL FROM b_person p JOIN identity_role r ON r.name = p.kind;
DO $$ BEGIN
  IF (SELECT count(*) FROM identity_user_role) <> (SELECT count(*) FROM b_person) THEN
    RAISE EXCEPTION 'The Learner and Trainer roles are not seeded';
  END IF;
END $$;

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
