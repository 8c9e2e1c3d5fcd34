-- Data volume for bench/courses-load/run.sh (psql -v users=10000 -v courses=200 -v per_user=10 -f load.sql).
-- Tables and columns as in src/Lounb.Learning/Data/Migrations/Postgres/*_Initial.cs and *_Courses.cs: snake_case,
-- enums as their names in text, times in UTC, uuid ids. search_text is what SearchText.Normalize gives:
-- lower case, no apostrophes other than ' (the data below has none), single spaces.
\set ON_ERROR_STOP 1
SET TIME ZONE 'UTC';
BEGIN;

-- People: citizens spread over the oblasts seeded by the migrate verb.
CREATE TEMP TABLE b_oblast AS SELECT row_number() OVER (ORDER BY code) AS n, code FROM core_oblast;
INSERT INTO identity_user (id, full_name, kind, age_group, oblast_code, created_at, search_text, user_name, normalized_user_name,
  email, normalized_email, email_confirmed, password_hash, security_stamp, concurrency_stamp, phone_number_confirmed,
  two_factor_enabled, lockout_enabled, access_failed_count)
SELECT gen_random_uuid(), p.full_name, 'Citizen', (ARRAY['Teen14To17', 'Adult18To59', 'Adult18To59', 'Senior60Plus'])[1 + i % 4],
  (SELECT code FROM b_oblast WHERE n = 1 + i % NULLIF((SELECT count(*) FROM b_oblast), 0)),
  now() - make_interval(days => i % 700), lower(p.full_name || ' ' || p.email), p.email, upper(p.email), p.email, upper(p.email),
  true, NULL, md5(i::text), md5('c' || i), false, false, true, 0
FROM generate_series(1, :users) i
CROSS JOIN LATERAL (SELECT
  (ARRAY['Олена', 'Іван', 'Марія', 'Петро', 'Ганна', 'Андрій', 'Світлана', 'Олег', 'Наталія', 'Юрій'])[1 + i % 10] || ' ' ||
  (ARRAY['Коваленко', 'Бондар', 'Шевчук', 'Ткаченко', 'Мельник', 'Кравченко', 'Олійник', 'Лисенко', 'Марченко', 'Савченко',
         'Руденко', 'Гнатюк', 'Левченко', 'Мороз', 'Поліщук', 'Бойко', 'Павленко', 'Кузьменко', 'Гончар', 'Литвин'])[1 + (i / 10) % 20] AS full_name,
  'learner' || i || '@bench.lounb.test' AS email) p;

-- Courses: realistic Ukrainian titles, summaries and topics; all published.
CREATE TEMP TABLE b_course AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, :courses) n;
INSERT INTO courses_course (id, slug, title, summary, audience, format, hours, topics, cover_image_key, department_id,
  owner_oblast_code, status, created_at, updated_at, published_at, search_text, sort_key)
SELECT c.id, 'course-' || lpad(c.n::text, 3, '0'), d.title, d.summary,
  (ARRAY['Librarians', 'Adults', 'Teenagers', 'Children'])[1 + c.n % 4],
  (ARRAY['SelfPaced', 'LiveOnline', 'Hybrid', 'AtHub'])[1 + (c.n / 4) % 4],
  2 + c.n % 30, d.topics, NULL, NULL,
  CASE WHEN c.n % 5 = 0 THEN (SELECT code FROM b_oblast WHERE n = 1 + c.n % NULLIF((SELECT count(*) FROM b_oblast), 0)) END,
  'Published', now() - make_interval(days => 400 - c.n), now() - make_interval(days => c.n % 30), now() - make_interval(days => 300 - c.n),
  lower(d.title || ' ' || d.summary || ' ' || d.topics),
  -- UkrainianSort.Key: lower case, apostrophes dropped, Ukrainian letters mapped in alphabet order to U+E000….
  translate(lower(translate(d.title, '''’ʼ', '')), 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
    (SELECT string_agg(chr(57344 + n), '' ORDER BY n) FROM generate_series(0, 32) n))
FROM b_course c
CROSS JOIN LATERAL (SELECT
  (ARRAY['Медіаграмотність для дорослих', 'Цифрова грамотність 60+', 'Кібербезпека для всіх', 'Інформаційна гігієна',
         'Державні послуги онлайн', 'Програмування для підлітків', 'Робототехніка в бібліотеці', 'Фактчекінг крок за кроком',
         'Українська мова щодня', 'Бібліотека як простір громади', 'Інклюзивне обслуговування читачів', 'Фінансова грамотність',
         'Медіашкола для школярів', 'Англійська для початківців', 'Штучний інтелект без страху', 'Створення подкастів',
         'Цифрові сервіси для бібліотекаря', 'Безпека дітей в інтернеті', 'Краєзнавство Луганщини', 'Психологічна підтримка та самодопомога'])[1 + (c.n - 1) % 20]
    || ' — модуль ' || (1 + (c.n - 1) / 20) AS title,
  'Практичний курс бібліотеки для громади: короткі уроки, завдання з реального життя і підтримка тренера. '
    || (ARRAY['Навчимося перевіряти новини, фото й відео та не поширювати фейки.', 'Освоїмо смартфон, месенджери й онлайн-банкінг без ризику.',
              'Захистимо акаунти, паролі та пристрої від шахраїв.', 'Створимо власний проєкт і покажемо його на фіналі.',
              'Розберемося з державними сервісами та електронними документами.'])[1 + c.n % 5] AS summary,
  (ARRAY['медіаграмотність, фактчекінг', 'цифрова грамотність, смартфон', 'кібербезпека, паролі', 'програмування, робототехніка',
         'державні послуги, дія', 'мова, спілкування', 'громада, бібліотека', 'фінанси, безпека'])[1 + c.n % 8] AS topics) d;

-- Three sections of four lessons per course (one external resource per section), about 2 KB of text each.
CREATE TEMP TABLE b_section AS
SELECT gen_random_uuid() AS id, c.id AS course_id, s AS position FROM b_course c CROSS JOIN generate_series(1, 3) s;
INSERT INTO courses_section (id, course_id, title, position)
SELECT id, course_id, (ARRAY['Знайомство', 'Практика', 'Підсумки'])[position], position FROM b_section;
INSERT INTO courses_lesson (id, course_id, section_id, kind, title, position, is_required, body_markdown, body_html, url,
  file_key, file_name, file_content_type, extension_ref, is_removed, updated_at)
SELECT gen_random_uuid(), s.course_id, s.id, CASE WHEN l = 4 THEN 'external' ELSE 'text' END,
  'Урок ' || s.position || '.' || l || ': ' || (ARRAY['вступ', 'основні поняття', 'вправа', 'корисні ресурси'])[l],
  l, l <> 3, repeat('Текст уроку з прикладами й завданнями для слухачів. ', 40),
  '<p>' || repeat('Текст уроку з прикладами й завданнями для слухачів. ', 40) || '</p>',
  CASE WHEN l = 4 THEN 'https://osvita.diia.gov.ua/' END, NULL, NULL, NULL, NULL, false, now()
FROM b_section s CROSS JOIN generate_series(1, 4) l;

-- Two runs per course: last term's (closed) and the current one (published, open for months).
CREATE TEMP TABLE b_run AS
SELECT row_number() OVER (ORDER BY c.n, k) AS rn, gen_random_uuid() AS id, c.id AS course_id, c.n, k FROM b_course c CROSS JOIN generate_series(1, 2) k;
INSERT INTO courses_run (id, course_id, title, starts_on, ends_on, capacity, mode, invite_code, state, seats_taken, version)
SELECT r.id, r.course_id, CASE WHEN r.k = 1 THEN 'Весняний набір' ELSE 'Осінній набір' END,
  CASE WHEN r.k = 1 THEN current_date - 200 ELSE current_date - 14 END,
  CASE WHEN r.k = 1 THEN current_date - 20 ELSE current_date + 120 END,
  CASE WHEN r.n % 3 = 0 THEN NULL ELSE 1000 END,
  CASE WHEN r.k = 2 AND r.n % 25 = 0 THEN 'Assigned' WHEN r.k = 2 AND r.n % 10 = 0 THEN 'Approval' ELSE 'Open' END,
  NULL, CASE WHEN r.k = 1 THEN 'Closed' ELSE 'Published' END, 0, 0
FROM b_run r;

-- Enrolments: each person in :per_user different runs (7u + 37k mod runs is distinct for k < 10 with 400 runs).
INSERT INTO courses_enrollment (id, run_id, course_id, user_id, status, created_at, status_changed_at, completed_at, last_lesson_id)
SELECT gen_random_uuid(), r.id, r.course_id, u.id,
  CASE WHEN r.k = 1 THEN (CASE WHEN (u.n + k.k) % 3 < 2 THEN 'Completed' ELSE 'Withdrawn' END)
       WHEN (u.n + k.k) % 20 = 0 THEN 'Waitlisted' ELSE 'Active' END,
  now() - make_interval(days => CASE WHEN r.k = 1 THEN 190 ELSE 10 END, mins => (u.n % 1440)::int),
  now() - make_interval(days => CASE WHEN r.k = 1 THEN 30 ELSE 9 END, mins => (u.n % 1440)::int),
  CASE WHEN r.k = 1 AND (u.n + k.k) % 3 < 2 THEN now() - make_interval(days => 30, mins => (u.n % 1440)::int) END,
  NULL
FROM (SELECT row_number() OVER (ORDER BY id) AS n, id FROM identity_user) u
CROSS JOIN generate_series(0, :per_user - 1) k(k)
JOIN b_run r ON r.rn = 1 + (u.n * 7 + k.k * 37) % (SELECT count(*) FROM b_run);

UPDATE courses_run r SET seats_taken = s.taken
FROM (SELECT run_id, count(*) AS taken FROM courses_enrollment WHERE status IN ('Active', 'Completed') GROUP BY run_id) s
WHERE s.run_id = r.id;

COMMIT;
VACUUM ANALYZE;
