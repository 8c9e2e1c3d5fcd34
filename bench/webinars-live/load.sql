-- Data for bench/webinars-live/run.sh (psql -v learners=2000 -v password_hash=... [-v starts_in='3 hours'] -f load.sql);
-- deploy/faults/kill-node-during-dispatch.sh loads its people and webinar with it too.
-- Tables and columns as in src/Lounb.Learning/Data/Migrations/Postgres/*_Initial.cs, *_Webinars.cs, *_WebinarSeats.cs and
-- *_WebinarsLive.cs: snake_case, enums as their names in text, times in UTC, uuid ids. Every row is what the app would write:
--   - learners as registration writes them (Citizen, confirmed address, the Learner role), all with the same ASP.NET
--     Identity V3 password hash (bench/assessments-load/start.mjs hash); one moderator with the Trainer role of national
--     scope, who is also the event's moderator host;
--   - one open webinar starting in 5 minutes (90 minutes, external link), every learner's registration Confirmed
--     (bench/webinar.sql).
\set ON_ERROR_STOP 1
SET TIME ZONE 'UTC';
BEGIN;

\set staff_email 'moderator@bench.lounb.test'
\set staff_role Trainer
\set staff_name 'Андрій Модератор'
\ir ../people.sql

-- The webinar: every learner registered, the moderator its host (-v starts_in, default 5 minutes, moves its start).
\set host_email 'moderator@bench.lounb.test'
\set registrants 'learner%@bench.lounb.test'
\set title 'Бібліотечна школа non stop: 2 000 учасників'
\ir ../webinar.sql
COMMIT;
