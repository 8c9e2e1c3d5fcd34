# Shared parts of the fault drills (deploy/faults/*.sh): source it after `set -euo pipefail` and `cd` to the repository.
#
# The cluster is deploy/cluster/up.sh's, the one way to start one: two app nodes on one PostgreSQL and one Redis behind
# Debian's nginx on loopback (docs/deployment.md "Several app nodes"), here in Production (no demo data: the drills load
# their own) in its own state folder and ports. The drill reads up.sh's state.env and deploy/cluster/nodes.sh's helpers;
# deploy/cluster/down.sh stops everything on exit. bench/lib.sh gives the temp folder, the watchdog and log.
#
#   faults_init                       temp folder, cleanup (down.sh) on exit, watchdog (FAULTS_MAX_SECONDS, 2400)
#   faults_cluster [NAME=value ...]   up.sh, the settings given added to both nodes' (CLUSTER_NODE_ENV: e.g. a shorter
#                                     Lounb__Jobs__LeaseSeconds); then state.env's variables (NODE_A_PID, PG_PORT,
#                                     OUTBOX_DIR, …), BASE (nginx) and PSQL (array, the cluster's database)
#   faults_kill_node A|B              kill -9 of that node
#   faults_restart_postgres MODE      pg_ctl restart -m fast|immediate (the nodes keep running)
#   faults_exam N                     N learners (load.sql of the assessment bench), signed in through nginx, each with
#                                     a started attempt: $TMP/saves.tsv (attempt, slot types, token, cookie) and
#                                     $TMP/people.json (the cookie jars of bench/assessments-load/start.mjs)
#   faults_saves_begin SECONDS        faults_init, the cluster, FAULTS_EXAMINEES (200) examinees with started attempts,
#                                     and their saves through nginx for SECONDS in the background (saves.mjs; LOAD_PID)
#   faults_saves_end                  waits for them; prints the client's figures and compares its log with the database
#   figure NAME VALUE                 prints "NAME: VALUE" and keeps it for the summary line
#   field JSON NAME                   one field of a JSON object
#   faults_verdict NAME               prints the figures; exits 1 when FAULTS_LOST was set by the drill
# Redis is stopped and started with nodes.sh's redis_stop / redis_start.
#
# up.sh's environment applies: CLUSTER_PORT_BASE (here 7200: seven ports, nginx first), CLUSTER_DIR (here
# /tmp/lounb-faults; the logs of the nodes, nginx and Redis stay in its logs/ after the drill), CLUSTER_APP_DLL or
# CLUSTER_APP_DIR (which app; by default up.sh publishes Release once to deploy/cluster/.app). FAULTS_KEEP=1 keeps the
# temp folder (the client log).
ROOT=${ROOT:-$PWD}
. "$ROOT/bench/lib.sh"
. "$ROOT/deploy/cluster/nodes.sh"

export CLUSTER_PORT_BASE=${CLUSTER_PORT_BASE:-7200}
export CLUSTER_DIR=${CLUSTER_DIR:-/tmp/lounb-faults}
FIGURES=()
FAULTS_LOST=0

faults_cleanup() {
  local status=$?
  set +e # a failed drill must still stop everything (errexit would end this handler at the first failing command)
  "$ROOT/deploy/cluster/down.sh" >&2
  PG_BIN="" # down.sh stopped the cluster's PostgreSQL; bench_cleanup has none of its own to stop
  BENCH_KEEP=${FAULTS_KEEP:-0}
  (exit "$status")
  bench_cleanup
}

faults_init() {
  BENCH_MAX_SECONDS=${FAULTS_MAX_SECONDS:-2400}
  bench_init
  trap faults_cleanup EXIT
  FAULTS_LOAD_BEFORE=$(bench_load)
  bench_tools nodejs
}

figure() {
  printf '%s: %s\n' "$1" "$2"
  FIGURES+=("$1=$2")
}

faults_verdict() {
  local name=$1
  figure "load average (1 min) at the start / at the end" "$FAULTS_LOAD_BEFORE / $(bench_load)"
  if [ "$FAULTS_LOST" -ne 0 ]; then
    echo "FAIL $name: $(IFS=', '; echo "${FIGURES[*]}")"
    exit 1
  fi
  echo "OK $name: $(IFS=', '; echo "${FIGURES[*]}")"
}

# faults_cluster NAME=value ...: up.sh in Production, quiet logs and a sign-in limit that lets every examinee in from
# nginx's one address; the settings given come after these, and the caller's CLUSTER_NODE_ENV last (they win).
faults_cluster() {
  local settings=(
    Lounb__Security__AuthPermitPerMinute=10000 Lounb__Security__RequireStaff2fa=false
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning
    Logging__LogLevel__Microsoft.EntityFrameworkCore=Warning "$@"
  )
  log "Starting the cluster with deploy/cluster/up.sh (ports from $CLUSTER_PORT_BASE, state in $CLUSTER_DIR)"
  CLUSTER_ENVIRONMENT=Production CLUSTER_NODE_ENV="${settings[*]} ${CLUSTER_NODE_ENV:-}" timeout 1200 "$ROOT/deploy/cluster/up.sh" >&2
  # shellcheck disable=SC1091
  . "$CLUSTER_DIR/state.env"
  BASE=$NGINX_URL
  PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$PG_DATABASE" -v ON_ERROR_STOP=1 -q -X)
}

# kill -9; the node is not this shell's child (up.sh started it), so it is watched until it is gone (or a zombie).
faults_kill_node() {
  local pid_var="NODE_$1_PID" pid state
  pid=${!pid_var}
  kill -KILL "$pid"
  for _ in $(seq 1 100); do
    state=$(awk '/^State:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
    case "$state" in "" | Z) break ;; esac
    sleep 0.05
  done
  # down.sh must not signal that number again (it may belong to another process by then).
  printf -v "$pid_var" '%s' ""
  printf 'NODE_%s_PID=\n' "$1" >>"$CLUSTER_DIR/state.env"
}

faults_restart_postgres() {
  # pg_ctl restart starts PostgreSQL again with the options up.sh started it with (postmaster.opts).
  (cd "$CLUSTER_DIR" && as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -m "$1" -w -t 60 restart) \
    >>"$CLUSTER_DIR/logs/pg-restart.log" 2>&1
}

# faults_exam N: N learners with a started attempt each, signed in through nginx (see the header).
faults_exam() {
  local learners=$1 password='Fault-Learner-2026' hash quiz
  local here="$ROOT/bench/assessments-load"
  hash=$(node "$here/start.mjs" hash "$password")
  "${PSQL[@]}" -v learners="$learners" -v warmup_learners=0 -v password_hash="$hash" -f "$here/load.sql" >/dev/null
  quiz=$("${PSQL[@]}" -At -c "SELECT id FROM assessments_quiz WHERE status = 'Published' AND title NOT LIKE '%друга сесія%'")
  log "Signing in $learners learners through nginx and starting their attempts"
  timeout 600 node "$here/start.mjs" login --base "$BASE" --learners "$learners" --warmup 0 --password "$password" --jar "$TMP/people.json" --concurrency 4 >&2
  timeout 300 node "$here/start.mjs" prep --base "$BASE" --quiz "$quiz" --jar "$TMP/people.json" --concurrency 16 >&2
  timeout 300 node "$here/start.mjs" start --base "$BASE" --quiz "$quiz" --jar "$TMP/people.json" --who learner --concurrency 20 \
    --out "$TMP/attempts.tsv" >&2
  "${PSQL[@]}" <<SQL
CREATE TEMP TABLE f_start (attempt_id uuid, token text, cookie text, n serial);
\\copy f_start (attempt_id, token, cookie) FROM '$TMP/attempts.tsv'
\\copy (SELECT f.attempt_id, t.types, f.token, f.cookie FROM f_start f CROSS JOIN LATERAL (SELECT string_agg(CASE v.type WHEN 'SingleChoice' THEN 'S' WHEN 'MultipleChoice' THEN 'M' WHEN 'TrueFalse' THEN 'T' WHEN 'ShortAnswer' THEN 'A' WHEN 'Numerical' THEN 'N' ELSE 'E' END, '' ORDER BY s.number) AS types FROM assessments_attempt_slot s JOIN assessments_question_version v ON v.id = s.question_version_id WHERE s.attempt_id = f.attempt_id) t ORDER BY f.n) TO '$TMP/saves.tsv'
SQL
  local n
  n=$(wc -l <"$TMP/saves.tsv")
  [ "$n" -eq "$learners" ] || { log "Only $n of $learners attempts started"; exit 1; }
}

# faults_check_saves LOG: compares the acknowledged saves of saves.mjs's LOG with the database; sets FAULTS_LOST.
faults_check_saves() {
  local log_file=$1 acked found lost newer
  grep '^ack' "$log_file" | cut -f3- >"$TMP/acks.tsv" || true
  read -r acked found lost newer < <("${PSQL[@]}" -At -F ' ' <<SQL
CREATE TEMP TABLE f_ack (attempt_id uuid, number int, version bigint, response text);
\\copy f_ack FROM '$TMP/acks.tsv'
CREATE TEMP TABLE f_last AS SELECT DISTINCT ON (attempt_id, number) * FROM f_ack ORDER BY attempt_id, number, version DESC;
SELECT (SELECT count(*) FROM f_ack),
  count(*) FILTER (WHERE s.response_version = l.version AND s.response = l.response),
  count(*) FILTER (WHERE s.response_version IS NULL OR s.response_version < l.version OR (s.response_version = l.version AND s.response IS DISTINCT FROM l.response)),
  count(*) FILTER (WHERE s.response_version > l.version)
FROM f_last l LEFT JOIN assessments_attempt_slot s ON s.attempt_id = l.attempt_id AND s.number = l.number;
SQL
  )
  figure "saves acknowledged" "$acked"
  figure "answers checked (last acknowledged per attempt and question)" "$((found + lost + newer))"
  figure "found with the acknowledged value" "$found"
  figure "found newer (a later save in flight at the end)" "$newer"
  figure "lost" "$lost"
  if [ "$lost" -ne 0 ] || [ "$acked" -eq 0 ]; then FAULTS_LOST=1; fi
}

field() { node -e 'const o = JSON.parse(process.argv[1]); console.log(o[process.argv[2]])' "$1" "$2"; }

faults_saves_begin() {
  EXAMINEES=${FAULTS_EXAMINEES:-200}
  faults_init
  faults_cluster
  faults_exam "$EXAMINEES"
  log "Saving for $1 s"
  node "$ROOT/deploy/faults/saves.mjs" run --base "$BASE" --data "$TMP/saves.tsv" --log "$TMP/saves.log" --seconds "$1" >"$TMP/load.json" &
  LOAD_PID=$!
}

faults_saves_end() {
  wait "$LOAD_PID"
  local summary
  summary=$(cat "$TMP/load.json")
  log "Client: $summary"
  figure "examinees" "$EXAMINEES"
  figure "failed-but-retried saves" "$(field "$summary" retriedThenAcknowledged)"
  figure "saves still unacknowledged at the end" "$(field "$summary" unacknowledgedAtEnd)"
  faults_check_saves "$TMP/saves.log"
}
