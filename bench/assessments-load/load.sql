-- Data for bench/assessments-load/run.sh (psql -v learners=1000 -v warmup_learners=100 -v password_hash=... -f load.sql).
-- Tables and columns as in src/Lounb.Learning/Data/Migrations/Postgres/*_Initial.cs, *_SortKeys.cs and *_Assessments.cs:
-- snake_case, enums as their names in text, times in UTC, uuid ids. Every row is what the app itself would write:
--   - people as registration writes them (Citizen, confirmed address, the Learner role; one methodologist authors the bank),
--     every one with the same ASP.NET Identity V3 password hash (computed by start.mjs: PBKDF2-HMAC-SHA512, 100,000
--     iterations, the format and cost PasswordHasher uses, so sign-in costs what it costs in production);
--   - search_text as SearchText.Normalize, sort_name / sort_key as UkrainianSort.Key;
--   - question content as QuestionJson.Write (System.Text.Json web defaults, enums as strings, the default encoder:
--     non-ASCII and HTML-sensitive characters escaped as \uXXXX), one version per question, as QuestionBankService.AddVersion.
-- The bank: 100 questions in 4 shared categories (40 single choice; 20 multiple choice; 12 true/false + 8 short answer;
-- 15 numerical + 5 essays). Each of the two published quizzes draws 8 + 4 + 4 + 4 = 20 of them at random, shuffles
-- questions and answers, 5 questions a page, 60 minutes, one attempt.
\set ON_ERROR_STOP 1
SET TIME ZONE 'UTC';
BEGIN;

-- A JSON string as System.Text.Json's default encoder writes it (the texts below have no control characters).
CREATE FUNCTION pg_temp.js(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '"' || coalesce(string_agg(CASE
      WHEN c = '\' THEN '\\'
      WHEN ascii(c) BETWEEN 32 AND 126 AND c NOT IN ('"', '&', '''', '+', '<', '>', '`') THEN c
      ELSE '\u' || upper(lpad(to_hex(ascii(c)), 4, '0')) END, '' ORDER BY i), '') || '"'
  FROM unnest(string_to_array(t, NULL)) WITH ORDINALITY AS s(c, i)
$$;
-- UkrainianSort.Key: lower case, apostrophes dropped, Ukrainian letters mapped in alphabet order to U+E000….
CREATE FUNCTION pg_temp.sort_key(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT translate(lower(translate(t, '''’ʼ', '')), 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
    (SELECT string_agg(chr(57344 + n), '' ORDER BY n) FROM generate_series(0, 32) n))
$$;
-- QuestionContent as QuestionJson.Write gives it: every property, in declaration order.
CREATE FUNCTION pg_temp.content(type text, name text, body text, choices text, correct_truth boolean, accepted text, numerics text)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '{"type":"' || type || '","name":' || pg_temp.js(name) || ',"text":' || pg_temp.js(body)
    || ',"format":"Plain","generalFeedback":"","defaultMark":1,"choices":[' || coalesce(choices, '') || ']'
    || ',"correctTruth":' || correct_truth::text || ',"feedbackWhenTrue":"","feedbackWhenFalse":""'
    || ',"acceptedAnswers":[' || coalesce(accepted, '') || '],"caseSensitive":false,"numericAnswers":[' || coalesce(numerics, '') || ']'
    || ',"pairs":[],"orderItems":[],"shuffleAnswers":true,"essayLines":15,"graderInfo":"","responseTemplate":""'
    || ',"correctFeedback":"","partiallyCorrectFeedback":"","incorrectFeedback":""}'
$$;
CREATE FUNCTION pg_temp.choice(id text, body text, fraction text, feedback text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '{"id":"' || id || '","text":' || pg_temp.js(body) || ',"fraction":' || fraction || ',"feedback":' || pg_temp.js(feedback) || '}'
$$;

-- People: the learners who sit the exam (learner1…), those who warm the app up before it (warmup1…), one methodologist.
CREATE TEMP TABLE b_oblast AS SELECT row_number() OVER (ORDER BY code) AS n, code FROM core_oblast;
CREATE TEMP TABLE b_person AS
SELECT gen_random_uuid() AS id, p.i, p.email, p.kind, p.full_name FROM (
  SELECT i, 'learner' || i || '@bench.lounb.test' AS email, 'Learner' AS kind,
    (ARRAY['Олена', 'Іван', 'Марія', 'Петро', 'Ганна', 'Андрій', 'Світлана', 'Олег', 'Наталія', 'Юрій'])[1 + i % 10] || ' ' ||
    (ARRAY['Коваленко', 'Бондар', 'Шевчук', 'Ткаченко', 'Мельник', 'Кравченко', 'Олійник', 'Лисенко', 'Марченко', 'Савченко',
           'Руденко', 'Гнатюк', 'Левченко', 'Мороз', 'Поліщук', 'Бойко', 'Павленко', 'Кузьменко', 'Гончар', 'Литвин'])[1 + (i / 10) % 20] AS full_name
  FROM generate_series(1, :learners) i
  UNION ALL
  SELECT :learners + i, 'warmup' || i || '@bench.lounb.test', 'Learner', 'Тетяна Розминка ' || i FROM generate_series(1, :warmup_learners) i
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
INSERT INTO identity_user_role (user_id, role_id, scope_oblast_code)
SELECT p.id, r.id, NULL FROM b_person p JOIN identity_role r ON r.name = p.kind;
DO $$ BEGIN
  IF (SELECT count(*) FROM identity_user_role) <> (SELECT count(*) FROM b_person) THEN
    RAISE EXCEPTION 'The Learner and Methodologist roles are not seeded';
  END IF;
END $$;

-- The bank: a shared root category and four shared subcategories, as QuestionBankService.CreateCategoryAsync writes them.
CREATE TEMP TABLE b_category AS
SELECT gen_random_uuid() AS id, n, name FROM (VALUES
  (0, 'Підсумкова атестація 2026'), (1, 'Медіаграмотність'), (2, 'Кібергігієна'), (3, 'Цифрові послуги'), (4, 'Бібліотечна справа')) c(n, name);
INSERT INTO assessments_category (id, parent_id, name, info, owner_id, is_shared, sort_key)
SELECT c.id, CASE WHEN c.n > 0 THEN (SELECT id FROM b_category WHERE n = 0) END, c.name,
  CASE WHEN c.n = 0 THEN 'Питання підсумкової атестації слухачів, спільні для методистів.' ELSE '' END,
  (SELECT id FROM b_person WHERE i = 0), true, pg_temp.sort_key(c.name)
FROM b_category c;

CREATE TEMP TABLE b_question AS
SELECT gen_random_uuid() AS id, gen_random_uuid() AS version_id, q.category, q.k, q.type FROM (
  SELECT 1 AS category, k, 'SingleChoice' AS type FROM generate_series(1, 40) k
  UNION ALL SELECT 2, k, 'MultipleChoice' FROM generate_series(1, 20) k
  UNION ALL SELECT 3, k, CASE WHEN k <= 12 THEN 'TrueFalse' ELSE 'ShortAnswer' END FROM generate_series(1, 20) k
  UNION ALL SELECT 4, k, CASE WHEN k <= 15 THEN 'Numerical' ELSE 'Essay' END FROM generate_series(1, 20) k) q;
CREATE TEMP TABLE b_content AS
SELECT q.*, t.name, pg_temp.content(q.type, t.name, t.body,
  CASE q.type
    WHEN 'SingleChoice' THEN pg_temp.choice('c1', 'Перевірити першоджерело та дату публікації', '1', 'Так: спершу джерело і дата.')
      || ',' || pg_temp.choice('c2', 'Поширити, щоб друзі теж знали', '0', 'Поширення неперевіреного допомагає фейкам.')
      || ',' || pg_temp.choice('c3', 'Довіритися кількості вподобань', '0', 'Популярність — не доказ.')
      || ',' || pg_temp.choice('c4', 'Прочитати лише заголовок', '0', 'Заголовок часто перебільшує.')
    WHEN 'MultipleChoice' THEN pg_temp.choice('c1', 'Унікальний пароль для кожного сервісу', '0.5', '')
      || ',' || pg_temp.choice('c2', 'Двофакторна автентифікація', '0.5', '')
      || ',' || pg_temp.choice('c3', 'Пароль, записаний на моніторі', '-1', '')
      || ',' || pg_temp.choice('c4', 'Той самий PIN для картки й телефону', '-1', '')
  END,
  q.type = 'TrueFalse' AND q.k % 2 = 1,
  CASE WHEN q.type = 'ShortAnswer' THEN '{"text":' || pg_temp.js('дезінформація') || ',"fraction":1,"feedback":""}' END,
  CASE WHEN q.type = 'Numerical' THEN '{"value":' || (1990 + q.k) || ',"tolerance":0,"fraction":1,"feedback":""}' END) AS content_json
FROM b_question q
CROSS JOIN LATERAL (SELECT
  (ARRAY['Медіаграмотність', 'Кібергігієна', 'Цифрові послуги', 'Бібліотечна справа'])[q.category] || ' ' || lpad(q.k::text, 2, '0') AS name,
  CASE q.type
    WHEN 'SingleChoice' THEN 'Ви побачили в месенджері допис «' || (ARRAY['Завтра вимкнуть зв''язок по всій області', 'Банки блокують картки пенсіонерів',
      'У бібліотеці роздають безкоштовні смартфони', 'Нове правило: штраф за пости без підпису'])[1 + q.k % 4]
      || '». Що варто зробити насамперед? (ситуація ' || q.k || ')'
    WHEN 'MultipleChoice' THEN 'Оберіть усі звички, що справді захищають ваші облікові записи від зламу (варіант ' || q.k || ').'
    WHEN 'TrueFalse' THEN (ARRAY['Офіційний застосунок «Дія» ніколи не просить CVV-код картки в повідомленнях.',
      'Лист від «банку» з вимогою терміново перейти за посиланням — звичайна практика банків.'])[1 + (q.k + 1) % 2] || ' (твердження ' || q.k || ')'
    WHEN 'ShortAnswer' THEN 'Як називають навмисно неправдиву інформацію, поширену, щоб увести в оману? (питання ' || q.k || ')'
    WHEN 'Numerical' THEN 'У якому році сталася подія № ' || q.k || ' з курсу історії бібліотечної справи (відповідь — рік)?'
    ELSE 'Опишіть у 5–7 реченнях, як ви навчатимете відвідувачів бібліотеки перевіряти новини (есе ' || q.k || ').'
  END AS body) t;
INSERT INTO assessments_question (id, category_id, owner_id, created_at, current_version_id, version_count, tags, id_number, is_removed, name, type)
SELECT q.id, (SELECT id FROM b_category WHERE n = q.category), (SELECT id FROM b_person WHERE i = 0), now() - interval '30 days',
  q.version_id, 1, 'атестація,' || lower((ARRAY['Медіаграмотність', 'Кібергігієна', 'Цифрові послуги', 'Бібліотечна справа'])[q.category]),
  NULL, false, q.name, q.type
FROM b_content q;
INSERT INTO assessments_question_version (id, question_id, number, type, content_json, author_id, created_at)
SELECT q.version_id, q.id, 1, q.type, q.content_json, (SELECT id FROM b_person WHERE i = 0), now() - interval '30 days'
FROM b_content q;

-- The quizzes, as QuizAuthoringService leaves them once published: random draws from the four categories. The second is
-- the same exam's second sitting (same settings and draws), so that the same learners can start an exam a second time.
CREATE TEMP TABLE b_quiz AS
SELECT gen_random_uuid() AS id, n, title FROM (VALUES
  (1, 'Підсумкова атестація: медіаграмотність і кібергігієна'),
  (2, 'Підсумкова атестація: медіаграмотність і кібергігієна (друга сесія)')) q(n, title);
INSERT INTO assessments_quiz (id, title, intro_markdown, owner_id, owner_oblast_code, created_at, status, opens_at, closes_at,
  time_limit_minutes, attempts_allowed, grading_method, pass_percent, shuffle_questions, shuffle_answers, questions_per_page,
  navigation, review_timing, review_shows_marks, review_shows_correct_answers, review_shows_feedback, is_questionnaire)
SELECT id, title, 'Двадцять питань, **60 хвилин**, одна спроба. Відповіді зберігаються одразу, навіть без зв''язку.',
  (SELECT id FROM b_person WHERE i = 0), NULL, now() - interval '7 days', 'Published', now() - interval '1 hour', now() + interval '1 day',
  60, 1, 'Highest', 60, true, true, 5, 'Free', 'AfterClose', true, true, true, false
FROM b_quiz;
INSERT INTO assessments_quiz_slot (id, quiz_id, position, question_id, category_id, include_subcategories, draw_count, mark)
SELECT gen_random_uuid(), q.id, s.position, NULL, (SELECT id FROM b_category WHERE n = s.position), false, s.draw, 1
FROM b_quiz q CROSS JOIN (VALUES (1, 8), (2, 4), (3, 4), (4, 4)) s(position, draw);

COMMIT;
VACUUM ANALYZE;
