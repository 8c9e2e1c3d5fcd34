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

\set staff_email 'metodyst@bench.lounb.test'
\set staff_role Methodologist
\set staff_name 'Оксана Методистка'
\ir ../people.sql

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
