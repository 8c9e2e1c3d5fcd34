-- People for the load benchmarks, included by their load.sql (\ir ../people.sql) after \set staff_email, staff_role and
-- staff_name, with -v learners and password_hash from run.sh. Rows as registration writes them (Citizen, confirmed
-- address, the Learner role), all with the same ASP.NET Identity V3 password hash, spread over the oblasts; one staff
-- member with a national role. Leaves b_person (id, i, email, kind, full_name) for the caller.
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
  SELECT 0, :'staff_email', :'staff_role', :'staff_name') p;
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
-- scope_oblast_code NULL: the staff member's role is national.
INSERT INTO identity_user_role (user_id, role_id, scope_oblast_code)
SELECT p.id, r.id, NULL FROM b_person p JOIN identity_role r ON r.name = p.kind;
DO $$ BEGIN
  IF (SELECT count(*) FROM identity_user_role) <> (SELECT count(*) FROM b_person) THEN
    RAISE EXCEPTION 'The Learner role or the staff role is not seeded';
  END IF;
END $$;
