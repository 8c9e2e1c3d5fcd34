-- Data for bench/reports-dashboards/run.sh (psql -v learners=100000 -v per_learner=5 -v answers=10 -v password_hash=... -f load.sql).
-- Tables and columns as in src/Lounb.Learning/Data/Migrations/Postgres/*.cs: snake_case, enums as their names in text,
-- times in UTC, uuid ids. A year of activity written as history (no events; the run rebuilds the read model):
--   - :learners citizens (bench/people.sql: age groups, spread over the oblasts) and one national administrator;
--   - 20 published courses of 4 required lessons, one run each covering the last year;
--   - :per_learner enrolments per learner on days spread over the last 365 (100,000 × 5 = 500,000), 40 % completed,
--     the others with 0–3 lessons done; each completed enrolment has its 4 lesson completions;
--   - one quiz; per enrolment one graded attempt of :answers saved answers (500,000 × 10 = 5,000,000 answers).
\set ON_ERROR_STOP 1
SET TIME ZONE 'UTC';
BEGIN;

\set staff_email 'admin@bench.lounb.test'
\set staff_role Administrator
\set staff_name 'Олена Адміністраторка'
\ir ../people.sql

CREATE TEMP TABLE b_course AS SELECT n, gen_random_uuid() AS id, gen_random_uuid() AS run_id FROM generate_series(1, 20) n;
INSERT INTO courses_course (id, slug, title, summary, audience, format, hours, topics, cover_image_key, department_id,
  owner_oblast_code, status, created_at, updated_at, published_at, search_text, sort_key)
SELECT c.id, 'report-course-' || c.n, t.title, 'Практичний курс бібліотеки для громади.', 'Adults', 'SelfPaced', 6, 'цифрова грамотність',
  NULL, NULL, NULL, 'Published', now() - interval '400 days', now() - interval '400 days', now() - interval '399 days', lower(t.title), pg_temp.sort_key(t.title)
FROM b_course c CROSS JOIN LATERAL (SELECT (ARRAY['Медіаграмотність для дорослих', 'Цифрова грамотність 60+', 'Кібербезпека для всіх',
  'Державні послуги онлайн', 'Code Club: перша гра у Scratch'])[1 + c.n % 5] || ' — потік ' || c.n AS title) t;
INSERT INTO courses_run (id, course_id, title, starts_on, ends_on, capacity, mode, invite_code, state, seats_taken, version)
SELECT run_id, id, 'Навчальний рік', current_date - 366, current_date + 30, NULL, 'Open', NULL, 'Published', 0, 0 FROM b_course;
CREATE TEMP TABLE b_section AS SELECT gen_random_uuid() AS id, c.id AS course_id FROM b_course c;
INSERT INTO courses_section (id, course_id, title, position) SELECT id, course_id, 'Уроки', 1 FROM b_section;
CREATE TEMP TABLE b_lesson AS SELECT gen_random_uuid() AS id, s.course_id, s.id AS section_id, l FROM b_section s CROSS JOIN generate_series(1, 4) l;
INSERT INTO courses_lesson (id, course_id, section_id, kind, title, position, is_required, body_markdown, body_html, url,
  file_key, file_name, file_content_type, extension_ref, is_removed, updated_at)
SELECT id, course_id, section_id, 'text', 'Урок ' || l, l, true, 'Текст уроку.', '<p>Текст уроку.</p>', NULL, NULL, NULL, NULL, NULL, false, now()
FROM b_lesson;

CREATE TEMP TABLE b_enrolment AS
SELECT gen_random_uuid() AS id, c.run_id, c.id AS course_id, p.id AS user_id, p.i, k,
  now() - make_interval(days => (p.i * 7 + k * 73) % 365, mins => (p.i % 1440)::int) AS created_at,
  (p.i + k) % 5 < 2 AS completed, (p.i + k) % 4 AS partial
FROM b_person p CROSS JOIN generate_series(0, :per_learner - 1) k
JOIN b_course c ON c.n = 1 + (p.i * 3 + k * 7) % 20
WHERE p.i > 0;
INSERT INTO courses_enrollment (id, run_id, course_id, user_id, status, created_at, status_changed_at, completed_at, last_lesson_id)
SELECT id, run_id, course_id, user_id, CASE WHEN completed THEN 'Completed' ELSE 'Active' END, created_at, created_at,
  CASE WHEN completed THEN created_at + interval '5 days' END, NULL
FROM b_enrolment;
INSERT INTO courses_lesson_progress (enrollment_id, lesson_id, completed_at)
SELECT e.id, l.id, e.created_at + make_interval(days => l.l)
FROM b_enrolment e JOIN b_lesson l ON l.course_id = e.course_id AND (e.completed OR l.l <= e.partial);

-- The quiz and its one question (answers point at its version).
CREATE TEMP TABLE b_quiz AS SELECT gen_random_uuid() AS id, gen_random_uuid() AS question_id, gen_random_uuid() AS version_id,
  gen_random_uuid() AS category_id, (SELECT id FROM b_person WHERE i = 0) AS owner_id;
INSERT INTO assessments_category (id, parent_id, name, info, owner_id, is_shared, sort_key)
SELECT category_id, NULL, 'Підсумкові тести', '', owner_id, true, pg_temp.sort_key('Підсумкові тести') FROM b_quiz;
INSERT INTO assessments_question (id, category_id, owner_id, created_at, current_version_id, version_count, tags, id_number, is_removed, name, type)
SELECT question_id, category_id, owner_id, now() - interval '400 days', version_id, 1, '', NULL, false, 'Перевірка джерела', 'TrueFalse' FROM b_quiz;
INSERT INTO assessments_question_version (id, question_id, number, type, content_json, author_id, created_at)
SELECT version_id, question_id, 1, 'TrueFalse', '{"text":"Офіційні сервіси не просять CVV-код у повідомленнях.","correct":true}', owner_id, now() - interval '400 days' FROM b_quiz;
INSERT INTO assessments_quiz (id, title, intro_markdown, owner_id, owner_oblast_code, created_at, status, opens_at, closes_at,
  time_limit_minutes, attempts_allowed, grading_method, pass_percent, shuffle_questions, shuffle_answers, questions_per_page,
  navigation, review_timing, review_shows_marks, review_shows_correct_answers, review_shows_feedback, is_questionnaire)
SELECT id, 'Підсумковий тест курсу', 'Десять питань.', owner_id, NULL, now() - interval '400 days', 'Published', now() - interval '400 days', now() + interval '30 days',
  60, 0, 'Highest', 60, false, false, 10, 'Free', 'AfterClose', true, true, true, false FROM b_quiz;

CREATE TEMP TABLE b_attempt AS
SELECT gen_random_uuid() AS id, e.user_id, e.k + 1 AS number, e.created_at + interval '3 days' AS at, 40 + (e.i * 13 + e.k * 29) % 61 AS percent FROM b_enrolment e;
INSERT INTO assessments_attempt (id, quiz_id, user_id, number, state, started_at, deadline_at, submitted_at, auto_submitted, lesson_id,
  score, max_score, percent, current_page)
SELECT a.id, q.id, a.user_id, a.number, 'Graded', a.at, NULL, a.at + interval '20 minutes', false, NULL,
  :answers * a.percent / 100.0, :answers, a.percent, 1
FROM b_attempt a CROSS JOIN b_quiz q;
INSERT INTO assessments_attempt_slot (attempt_id, number, page, question_version_id, mark, layout, response, response_version, saved_at,
  fraction, grader_comment, graded_by, graded_at, needs_manual_grading)
SELECT a.id, s, 1, q.version_id, 1, '{}', CASE WHEN (s * 10 <= a.percent) THEN '{"value":true}' ELSE '{"value":false}' END, 1,
  a.at + make_interval(mins => s), CASE WHEN (s * 10 <= a.percent) THEN 1 ELSE 0 END, NULL, NULL, NULL, false
FROM b_attempt a CROSS JOIN b_quiz q CROSS JOIN generate_series(1, :answers) s;

COMMIT;
VACUUM ANALYZE;
