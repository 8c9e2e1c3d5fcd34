# Shared parts of the fault drills (deploy/faults/*.sh): source it after `set -euo pipefail`.
#
# Builds on bench/lib.sh (temp folder, watchdog, throwaway PostgreSQL, publish, migrate) and adds what a drill needs:
# two app nodes (A and B) on one PostgreSQL and one Redis behind Debian's nginx on loopback, as docs/deployment.md
# "Several app nodes" describes (round robin; the SignalR hubs sticky with ip_hash; WebSockets passed).
#
#   faults_init                       temp folder, cleanup of everything started, watchdog (FAULTS_MAX_SECONDS, 2400)
#   faults_cluster [NAME=value ...]   PostgreSQL, Redis, the app published once, migrated, nodes A and B, nginx:
#                                     BASE (nginx), NODE_URL[A|B], NODE_PID[A|B], PSQL (array), REDIS_PORT, PG_DATA
#   faults_start_node A|B             (re)starts one node with the cluster's settings, waits until it is healthy
#   faults_kill_node A|B              kill -9 of that node
#   faults_restart_postgres MODE      pg_ctl restart -m fast|immediate (the nodes keep running)
#   faults_redis_stop / _start        stops / starts the throwaway Redis (same port, same data folder)
#   faults_exam N                     N learners (load.sql of the assessment bench), signed in through nginx, each with
#                                     a started attempt: $TMP/saves.tsv (attempt, slot types, token, cookie) and
#                                     $TMP/people.json (the cookie jars of bench/assessments-load/start.mjs)
#   faults_saves_begin SECONDS        faults_init, the cluster, FAULTS_EXAMINEES (200) examinees with started attempts,
#                                     and their saves through nginx for SECONDS in the background (saves.mjs; LOAD_PID)
#   faults_saves_end                  waits for them; prints the client's figures and compares its log with the database
#   figure NAME VALUE                 prints "NAME: VALUE" and keeps it for the summary line
#   field JSON NAME                   one field of a JSON object
#   faults_verdict NAME               prints the figures; exits 1 when FAULTS_LOST was set by the drill
#
# Ports: FAULTS_PORT (default 7200): nginx, +1 node A, +2 node B, +3 Redis, +4 PostgreSQL. FAULTS_APP_DIR reuses a
# published app (deploy/faults/all.sh publishes once for every drill); FAULTS_KEEP=1 keeps the temp folder.
ROOT=${ROOT:-$PWD}
. "$ROOT/bench/lib.sh"

FAULTS_PORT=${FAULTS_PORT:-7200}
NGINX_PORT=$FAULTS_PORT
REDIS_PORT=$((FAULTS_PORT + 3))
declare -A NODE_PID NODE_URL
NODE_URL[A]="http://127.0.0.1:$((FAULTS_PORT + 1))"
NODE_URL[B]="http://127.0.0.1:$((FAULTS_PORT + 2))"
BASE="http://127.0.0.1:$NGINX_PORT"
NGINX_PID=""
REDIS_PID=""
FIGURES=()
FAULTS_LOST=0
NODE_ENV=()

faults_cleanup() {
  local status=$? node
  set +e # a failed drill must still stop everything (errexit would end this handler at the first failing command)
  for node in A B; do
    if [ -n "${NODE_PID[$node]:-}" ]; then kill -KILL "${NODE_PID[$node]}" 2>/dev/null || true; fi
  done
  if [ -n "$NGINX_PID" ]; then kill -TERM "$NGINX_PID" 2>/dev/null || true; fi
  if [ -n "$REDIS_PID" ] && [ -f "$TMP/redis/redis.pid" ]; then kill -TERM "$(cat "$TMP/redis/redis.pid")" 2>/dev/null || true; fi
  BENCH_KEEP=${FAULTS_KEEP:-0}
  (exit "$status")
  bench_cleanup
}

faults_init() {
  BENCH_MAX_SECONDS=${FAULTS_MAX_SECONDS:-2400}
  bench_init
  trap faults_cleanup EXIT
  bench_tools postgresql nodejs nginx redis-server
  for port in $NGINX_PORT $((NGINX_PORT + 1)) $((NGINX_PORT + 2)) $REDIS_PORT $((NGINX_PORT + 4)); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      log "Port $port is taken: set FAULTS_PORT to a free range of five ports"
      exit 2
    fi
  done
}

figure() {
  printf '%s: %s\n' "$1" "$2"
  FIGURES+=("$1=$2")
}

faults_verdict() {
  local name=$1
  if [ "$FAULTS_LOST" -ne 0 ]; then
    echo "FAIL $name: $(IFS=', '; echo "${FIGURES[*]}")"
    exit 1
  fi
  echo "OK $name: $(IFS=', '; echo "${FIGURES[*]}")"
}

# Redis runs as a daemon with a pid file, so that a drill (or its browser spec) can stop and start it by script:
# $TMP/redis-stop.sh and $TMP/redis-start.sh.
faults_redis_start() {
  mkdir -p "$TMP/redis"
  cat >"$TMP/redis-start.sh" <<SH
redis-server --port $REDIS_PORT --bind 127.0.0.1 --dir $TMP/redis --save "" --appendonly no --daemonize yes \\
  --pidfile $TMP/redis/redis.pid --logfile $TMP/redis/redis.log
for _ in \$(seq 1 50); do redis-cli -p $REDIS_PORT ping 2>/dev/null | grep -q PONG && exit 0; sleep 0.1; done
echo "Redis did not start" >&2; exit 1
SH
  cat >"$TMP/redis-stop.sh" <<SH
redis-cli -p $REDIS_PORT shutdown nosave >/dev/null 2>&1 || true
for _ in \$(seq 1 50); do redis-cli -p $REDIS_PORT ping >/dev/null 2>&1 || exit 0; sleep 0.1; done
echo "Redis did not stop" >&2; exit 1
SH
  bash "$TMP/redis-start.sh"
  REDIS_PID=started
}

faults_redis_stop() { bash "$TMP/redis-stop.sh"; }

faults_nginx() {
  mkdir -p "$TMP/nginx"
  cat >"$TMP/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $TMP/nginx/body;
  proxy_temp_path $TMP/nginx/proxy;
  fastcgi_temp_path $TMP/nginx/fastcgi;
  uwsgi_temp_path $TMP/nginx/uwsgi;
  scgi_temp_path $TMP/nginx/scgi;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  upstream lounb { server 127.0.0.1:$((FAULTS_PORT + 1)); server 127.0.0.1:$((FAULTS_PORT + 2)); keepalive 64; }
  upstream lounb_hubs { ip_hash; server 127.0.0.1:$((FAULTS_PORT + 1)); server 127.0.0.1:$((FAULTS_PORT + 2)); }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    client_max_body_size 10m;
    proxy_http_version 1.1;
    proxy_set_header Host \$http_host;
    proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto \$scheme;
    proxy_connect_timeout 2s;
    location / { proxy_set_header Connection ""; proxy_pass http://lounb; }
    location ~ ^/hubs/(webinars|certificates) {
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_read_timeout 1h;
      proxy_pass http://lounb_hubs;
    }
  }
}
CONF
  nginx -c "$TMP/nginx/nginx.conf" -p "$TMP/nginx" >"$TMP/nginx/stdout.log" 2>&1 &
  NGINX_PID=$!
  for _ in $(seq 1 50); do
    if curl -fs -o /dev/null "$BASE/health/live"; then return 0; fi
    sleep 0.1
  done
  log "nginx does not answer"; cat "$TMP/nginx/error.log" >&2; exit 1
}

faults_start_node() {
  local node=$1 url=${NODE_URL[$1]}
  env -C "$APP_DIR" "${APP_ENV[@]}" "${NODE_ENV[@]}" ASPNETCORE_URLS="$url" dotnet Lounb.Learning.dll >>"$TMP/node-$node.log" 2>&1 &
  NODE_PID[$node]=$!
  for _ in $(seq 1 240); do
    if curl -fs -o /dev/null "$url/health/live"; then return 0; fi
    kill -0 "${NODE_PID[$node]}" 2>/dev/null || { tail -n 40 "$TMP/node-$node.log" >&2; log "Node $node exited"; exit 1; }
    sleep 0.5
  done
  tail -n 40 "$TMP/node-$node.log" >&2; log "Node $node did not start"; exit 1
}

faults_kill_node() {
  kill -KILL "${NODE_PID[$1]}"
  wait "${NODE_PID[$1]}" 2>/dev/null || true
  NODE_PID[$1]=""
}

faults_restart_postgres() {
  # pg_ctl restart starts PostgreSQL again with the options it was started with (postmaster.opts).
  "${RUN_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m "$1" -w -t 60 restart >>"$TMP/pg-restart.log" 2>&1
}

# faults_cluster NAME=value ...: the settings given are added to both nodes' environment.
faults_cluster() {
  NODE_ENV=("$@")
  free_port() { echo $((FAULTS_PORT + 4)); }
  bench_postgres "-c max_connections=300"
  faults_redis_start
  if [ -n "${FAULTS_APP_DIR:-}" ]; then BENCH_NO_PUBLISH=1 BENCH_APP_DIR=$FAULTS_APP_DIR bench_publish; else bench_publish; fi
  APP_ENV+=(
    "ConnectionStrings__Redis=127.0.0.1:$REDIS_PORT,abortConnect=false,connectTimeout=1000"
    Lounb__Database__MigrateOnStartup=false
    Lounb__Security__AuthPermitPerMinute=10000
    Lounb__ReverseProxy__KnownProxies__0=127.0.0.1
    "Lounb__Webinars__PublicBaseUrl=$BASE"
  )
  bench_migrate
  log "Starting node A (${NODE_URL[A]}) and node B (${NODE_URL[B]}), nginx on $BASE, Redis on $REDIS_PORT"
  faults_start_node A
  faults_start_node B
  faults_nginx
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
