-- Data for bench/attestation-docs/http.sh (psql -v learners=5 -v password_hash=… -v candidates=2000 -f http-load.sql):
-- a national methodologist (people.sql), a campaign of Luhansk with a commission of five, 12 hromadas with 60
-- libraries, and N candidates at every step; two thirds of those past the interview decided with five votes each,
-- «за умови» decisions with a condition, as the pages would have written them. Tables and columns as in the
-- migrations (snake_case, enums as their names, times in UTC).
\set ON_ERROR_STOP 1
SET TIME ZONE 'UTC';
BEGIN;
\set staff_email 'metodyst@bench.lounb.test'
\set staff_role 'Methodologist'
\set staff_name 'Методистка Бенчмарку'
\ir ../people.sql

CREATE TEMP TABLE b_hromada AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, 12) n;
INSERT INTO core_hromada (id, oblast_code, name) SELECT id, 'UA-09', 'Бенчмаркова громада №' || n FROM b_hromada;
CREATE TEMP TABLE b_library AS
  SELECT l.n, gen_random_uuid() AS id, h.id AS hromada_id FROM generate_series(1, 60) l(n) JOIN b_hromada h ON h.n = 1 + (l.n - 1) % 12;
INSERT INTO core_library (id, hromada_id, oblast_code, name, short_name)
  SELECT id, hromada_id, 'UA-09', 'Бенчмаркова публічна бібліотека №' || n, NULL FROM b_library;

CREATE TEMP TABLE b_campaign AS SELECT gen_random_uuid() AS id, (SELECT id FROM b_person WHERE i = 0) AS staff;
INSERT INTO attestation_campaign (id, name, order_number, order_date, oblast_code, status, test_opens_at, test_closes_at, quiz_id, test_is_drawn,
  appeal_days, quorum_numerator, quorum_denominator, created_by_id, created_at)
SELECT id, 'Атестація бібліотечних працівників деокупованих громад Луганщини (бенчмарк)', '45-ОД', current_date - 30, 'UA-09', 'Active',
  now() - interval '20 days', now() - interval '5 days', NULL, false, 10, 2, 3, staff, now() - interval '30 days' FROM b_campaign;
CREATE TEMP TABLE b_member AS
  SELECT p.i, p.id AS user_id, (ARRAY['Chair', 'Deputy', 'Secretary', 'Member', 'Member'])[p.i] AS role FROM b_person p WHERE p.i BETWEEN 1 AND 5;
INSERT INTO attestation_commission_member (id, campaign_id, user_id, role, added_by_id, added_at)
  SELECT gen_random_uuid(), c.id, m.user_id, m.role, c.staff, now() - interval '29 days' FROM b_member m CROSS JOIN b_campaign c;

CREATE TEMP TABLE b_candidate AS
  SELECT i, gen_random_uuid() AS id,
    (ARRAY['Invited', 'TestTaken', 'Interviewed', 'Decided', 'Notified', 'Appealed', 'Redecided', 'Final'])[1 + i % 8] AS step
  FROM generate_series(1, :candidates) i;
INSERT INTO attestation_candidate (id, campaign_id, user_id, surname, given_name, patronymic, position, library_id, email, normalized_email,
  step, step_changed_at, attempts_allowed, attempts_counted, test_attempt_id, test_percent, test_passed, interview_notes, notified_at)
SELECT b.id, c.id, NULL,
  (ARRAY['Савченко', 'Бондаренко', 'Коваленко', 'Шевчук', 'Ґудзь', 'Їжакевич', 'Бойко', 'Ткаченко', 'Мельник', 'Кравчук'])[1 + b.i % 10],
  (ARRAY['Тетяна', 'Марія', 'Олена', 'Ярина', 'Євгенія'])[1 + b.i % 5], 'Іванівна', 'провідний бібліотекар',
  (SELECT id FROM b_library l WHERE l.n = 1 + b.i % 60), 'kandydat' || b.i || '@bench.lounb.test', upper('kandydat' || b.i || '@bench.lounb.test'),
  b.step, now() - interval '3 days', 1, CASE WHEN b.i % 8 >= 1 THEN 1 ELSE 0 END, NULL,
  CASE WHEN b.i % 8 >= 1 THEN 50 + b.i % 50 END, CASE WHEN b.i % 8 >= 1 THEN true END,
  CASE WHEN b.i % 8 >= 2 THEN 'Знає Закон «Про бібліотеки і бібліотечну справу».' END,
  CASE WHEN b.i % 8 >= 4 THEN now() - interval '2 days' END
FROM b_candidate b CROSS JOIN b_campaign c;

CREATE TEMP TABLE b_decision AS
  SELECT b.id AS candidate_id, gen_random_uuid() AS id, (ARRAY['Fit', 'FitWithConditions', 'NotFit'])[1 + b.i % 3] AS outcome
  FROM b_candidate b WHERE b.i % 8 >= 3;
INSERT INTO attestation_decision (id, candidate_id, round, outcome, present, composition, votes_fit, votes_fit_with_conditions, votes_not_fit,
  tie_decided_by_chair, category, recorded_by_id, decided_at)
SELECT d.id, d.candidate_id, 1, d.outcome, 5, 5, CASE WHEN d.outcome = 'Fit' THEN 5 ELSE 0 END, CASE WHEN d.outcome = 'FitWithConditions' THEN 5 ELSE 0 END,
  CASE WHEN d.outcome = 'NotFit' THEN 5 ELSE 0 END, false, 'Keep', (SELECT user_id FROM b_member WHERE role = 'Secretary'), now() - interval '4 days'
FROM b_decision d;
INSERT INTO attestation_vote (id, decision_id, member_user_id, choice)
  SELECT gen_random_uuid(), d.id, m.user_id, d.outcome FROM b_decision d CROSS JOIN b_member m;
INSERT INTO attestation_condition (id, decision_id, text, due_on, course_id)
  SELECT gen_random_uuid(), d.id, 'Пройти курс підвищення кваліфікації з українського законодавства про бібліотеки', current_date + 90, NULL
  FROM b_decision d WHERE d.outcome = 'FitWithConditions';
COMMIT;
ANALYZE;
