-- Data for bench/certificates-load/run.sh (psql -v learners=1000 -v password_hash=... -f load.sql).
-- Tables and columns as in src/Lounb.Learning/Data/Migrations/Postgres/*_Initial.cs, *_Courses.cs and *_SortKeys.cs:
-- snake_case, enums as their names in text, times in UTC, uuid ids. Every row is what the app itself would write:
--   - people as registration writes them (Citizen, confirmed address, the Learner role), with the same ASP.NET Identity
--     V3 password hash (computed by bench/assessments-load/start.mjs hash), spread over the oblasts; one methodologist
--     with the Methodologist role of national scope (scope_oblast_code NULL), who issues and downloads;
--   - one published self-paced course of 6 hours with one run, and every learner's enrolment in it Completed;
--   - no certificates yet (the run issues them).
\set ON_ERROR_STOP 1
SET TIME ZONE 'UTC';
BEGIN;

-- UkrainianSort.Key: lower case, apostrophes dropped, Ukrainian letters mapped in alphabet order to U+E000….
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
  SELECT 0, 'metodyst@bench.lounb.test', 'Methodologist', 'Оксана Методистка') p;
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
-- scope_oblast_code NULL: national (the methodologist manages certificates of every oblast's holders).
INSERT INTO identity_user_role (user_id, role_id, scope_oblast_code)
SELECT p.id, r.id, NULL FROM b_person p JOIN identity_role r ON r.name = p.kind;
DO $$ BEGIN
  IF (SELECT count(*) FROM identity_user_role) <> (SELECT count(*) FROM b_person) THEN
    RAISE EXCEPTION 'The Learner and Methodologist roles are not seeded';
  END IF;
END $$;

-- The course (published, 6 hours), as CourseService writes it: search_text = SearchText.Normalize(title summary topics).
CREATE TEMP TABLE b_course AS SELECT gen_random_uuid() AS id, gen_random_uuid() AS run_id,
  'Цифрова грамотність для всіх'::text AS title, 'Базовий курс: пошта, держпослуги онлайн, безпека в мережі.'::text AS summary,
  'цифрова грамотність, кібергігієна'::text AS topics;
INSERT INTO courses_course (id, slug, title, summary, audience, format, hours, topics, cover_image_key, department_id, owner_oblast_code,
  status, created_at, updated_at, published_at, search_text, sort_key)
SELECT c.id, 'tsyfrova-hramotnist-bench', c.title, c.summary, 'Adults', 'SelfPaced', 6, c.topics, NULL, NULL, NULL,
  'Published', now() - interval '60 days', now() - interval '60 days', now() - interval '60 days',
  lower(c.title || ' ' || c.summary || ' ' || c.topics), pg_temp.sort_key(c.title)
FROM b_course c;
INSERT INTO courses_run (id, course_id, title, starts_on, ends_on, capacity, mode, invite_code, state, seats_taken, version)
SELECT c.run_id, c.id, 'Осінній набір 2026', (now() - interval '50 days')::date, (now() - interval '2 days')::date, NULL, 'Open', NULL,
  'Published', :learners, 0
FROM b_course c;
INSERT INTO courses_enrollment (id, run_id, course_id, user_id, status, created_at, status_changed_at, completed_at, last_lesson_id)
SELECT gen_random_uuid(), c.run_id, c.id, p.id, 'Completed', now() - interval '50 days',
  now() - make_interval(days => 2, mins => p.i), now() - make_interval(days => 2, mins => p.i), NULL
FROM b_course c CROSS JOIN b_person p WHERE p.kind = 'Learner';
COMMIT;
ANALYZE;
