# Shared parts of the load benchmarks (bench/*/run.sh): source it after `set -euo pipefail` and `cd` to the repository.
#
#   bench_init                      temp folder, cleanup trap and watchdog (BENCH_MAX_SECONDS, default 1500)
#   bench_tools wrk postgresql ...  installs what is missing (Debian packages)
#   bench_postgres "-c opt=v ..."   throwaway PostgreSQL on a free loopback port: PG_PORT, PSQL (array), CONNECTION
#                                   (BENCH_CONNECTION_EXTRA=";Key=value" adds Npgsql settings, for experiments)
#   bench_publish                   dotnet publish Release into APP_DIR (BENCH_NO_PUBLISH=1 reuses $BENCH_APP_DIR)
#   bench_migrate                   the app's migrate verb, with APP_ENV (array, set by bench_postgres; callers may add to it)
#   bench_start_app                 the app in Production on 127.0.0.1: APP_PID, BASE; waits for /health
#   bench_wrk NAME wrk-args...      runs wrk --latency; sets WRK_RPS WRK_P50 WRK_P99 WRK_ERRORS WRK_TOTAL (output in $TMP/wrk-NAME.txt)
#   bench_rss_sampler_start / _stop peak VmRSS of the app (MB) between the two calls, sampled every 0.2 s
#   bench_statements                statements PostgreSQL ran in database lounb since pg_stat_statements_reset()
#   bench_cpu / bench_load          CPU ms used so far by the app and by PostgreSQL; the 1-minute load average
#   bench_write_block NAME FILE     puts FILE between the markers bench:NAME:begin / end in docs/benchmarks.md
# Everything started is stopped on exit (app, sampler, PostgreSQL, watchdog); BENCH_KEEP=1 keeps the temp folder.

ROOT=${ROOT:-$PWD}
DOC="$ROOT/docs/benchmarks.md"
PG_BIN=""
APP_PID=""
WATCHDOG_PID=""
SAMPLER_PID=""
RUN_PG=()

log() { printf '==> %s\n' "$*" >&2; }

bench_cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2>/dev/null || true; fi
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$APP_PID" 2>/dev/null || true
  fi
  if [ -n "$PG_BIN" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
    "${RUN_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -t 30 stop >/dev/null 2>&1 || true
  fi
  if [ -n "$WATCHDOG_PID" ]; then kill "$WATCHDOG_PID" 2>/dev/null || true; fi
  if [ "${BENCH_KEEP:-0}" = 1 ]; then log "Kept $TMP"; else rm -rf "$TMP"; fi
  exit "$status"
}

bench_init() {
  MAX_SECONDS=${BENCH_MAX_SECONDS:-1500}
  TMP=$(mktemp -d /tmp/lounb-bench.XXXXXX)
  chmod 755 "$TMP"
  PG_DATA="$TMP/pg"
  trap bench_cleanup EXIT
  trap 'log "Interrupted"; exit 130' INT TERM
  # The whole run is bounded: the watchdog interrupts this script, whose trap stops everything.
  # (A signal reaches the script once its current command returns; every command below has its own timeout.)
  (
    trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
    sleep "$MAX_SECONDS" </dev/null >/dev/null 2>&1 &
    sleeper=$!
    wait "$sleeper"
    echo "==> Time limit of ${MAX_SECONDS}s reached: stopping" >&2
    kill -TERM $$
  ) &
  WATCHDOG_PID=$!
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

# bench_tools wrk postgresql nodejs: installs the Debian packages of the tools that are missing.
bench_tools() {
  local missing=() tool
  for tool in "$@"; do
    case "$tool" in
      postgresql) ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql) ;;
      nodejs) command -v node >/dev/null 2>&1 || missing+=(nodejs) ;;
      *) command -v "$tool" >/dev/null 2>&1 || missing+=("$tool") ;;
    esac
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    DEBIAN_FRONTEND=noninteractive timeout 900 $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
  fi
}

# bench_postgres "-c fsync=off ...": initdb and start on a free loopback port with the given extra settings.
bench_postgres() {
  local settings=$1
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_PORT=$(free_port)
  mkdir -p "$PG_DATA"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_DATA"
    RUN_PG=(runuser -u postgres --)
  else
    RUN_PG=()
  fi
  log "Starting PostgreSQL $(basename "$(dirname "$PG_BIN")") on 127.0.0.1:$PG_PORT"
  "${RUN_PG[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${RUN_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 $settings" start >/dev/null \
    || { tail -n 20 "$PG_DATA/server.log" >&2; log "PostgreSQL did not start"; exit 1; }
  PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q -X)
  "${PSQL[@]}" -d postgres -c "CREATE DATABASE lounb"
  PSQL+=(-d lounb)
  CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Database=lounb;Username=postgres;Pooling=true;Maximum Pool Size=100${BENCH_CONNECTION_EXTRA:-}"
  APP_ENV=(
    ASPNETCORE_ENVIRONMENT=Production
    Lounb__Database__Provider=Postgres
    "ConnectionStrings__Postgres=$CONNECTION"
    Lounb__Security__RequireStaff2fa=false
    "Lounb__Database__DataDirectory=$TMP/data"
    "Lounb__Email__OutboxDirectory=$TMP/data/outbox"
    Logging__LogLevel__Default=Warning
    Logging__LogLevel__Microsoft.AspNetCore=Warning
    Logging__LogLevel__Microsoft.EntityFrameworkCore=Warning
    DOTNET_CLI_TELEMETRY_OPTOUT=1
    DOTNET_NOLOGO=1
  )
}

bench_publish() {
  APP_DIR=${BENCH_APP_DIR:-$TMP/app}
  if [ "${BENCH_NO_PUBLISH:-0}" != 1 ]; then
    log "Publishing Release to $APP_DIR"
    timeout 900 dotnet publish "$ROOT/src/Lounb.Learning" -c Release -o "$APP_DIR" -nologo -v quiet >"$TMP/publish.log" 2>&1 \
      || { cat "$TMP/publish.log" >&2; exit 1; }
  fi
}

bench_migrate() {
  log "Migrating"
  env -C "$APP_DIR" "${APP_ENV[@]}" timeout 300 dotnet Lounb.Learning.dll migrate >"$TMP/migrate.log" 2>&1 \
    || { cat "$TMP/migrate.log" >&2; exit 1; }
}

bench_start_app() {
  APP_PORT=$(free_port)
  BASE="http://127.0.0.1:$APP_PORT"
  log "Starting the app on $BASE"
  # env execs dotnet, so $! is the app's own process id (for /proc/<id>/status and for stopping it).
  env -C "$APP_DIR" "${APP_ENV[@]}" ASPNETCORE_URLS="$BASE" dotnet Lounb.Learning.dll >"$TMP/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "$BASE/health"; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || { cat "$TMP/app.log" >&2; log "The app exited"; exit 1; }
    sleep 0.5
  done
  curl -fs -o /dev/null "$BASE/health" || { tail -50 "$TMP/app.log" >&2; log "The app did not become healthy"; exit 1; }
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status"; }
hwm_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$APP_PID/status"; }

bench_rss_sampler_start() {
  : >"$TMP/rss.samples"
  ( while kill -0 "$APP_PID" 2>/dev/null; do awk '/^VmRSS:/ { print $2 }' "/proc/$APP_PID/status" >>"$TMP/rss.samples" 2>/dev/null; sleep 0.2; done ) &
  SAMPLER_PID=$!
}

# Prints the peak VmRSS in MB seen since bench_rss_sampler_start (the current value included).
bench_rss_sampler_stop() {
  if [ -n "$SAMPLER_PID" ]; then kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""; fi
  rss_kb >>"$TMP/rss.samples"
  awk 'BEGIN { m = 0 } $1 > m { m = $1 } END { printf "%d", m / 1024 }' "$TMP/rss.samples"
}

# CPU time (user + system) used so far, in ms: "app postgres", PostgreSQL being the postmaster, its live children and
# the children it has reaped. Differences over a measurement, divided by the requests, give CPU ms per request.
bench_cpu() {
  local tck pm app pg
  tck=$(getconf CLK_TCK)
  pm=$(head -n 1 "$PG_DATA/postmaster.pid")
  app=$(awk -v t="$tck" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$APP_PID/stat")
  pg=$( { cat "/proc/$pm/stat"; for c in $(ps -o pid= --ppid "$pm"); do cat "/proc/$c/stat" 2>/dev/null || true; done; } |
    awk -v t="$tck" -v pm="$pm" '{ s += $14 + $15; if ($1 == pm) s += $16 + $17 } END { printf "%d", s * 1000 / t }')
  echo "$app $pg"
}

# The machine's 1-minute load average (other work on the same cores shows here).
bench_load() { cut -d' ' -f1 /proc/loadavg; }

bench_statements() {
  "${PSQL[@]}" -At -c "SELECT coalesce(sum(calls), 0) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
    WHERE d.datname = 'lounb' AND s.query NOT ILIKE '%pg_stat_statements%'"
}

# wrk prints latencies as 812.00us / 4.10ms / 1.02s: convert to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.0f", v * 60000 }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else { printf "?" } }'
}

# bench_wrk NAME -t2 -c64 -d15s URL: one measured wrk run (--latency is added); errors = non-2xx/3xx + socket errors.
bench_wrk() {
  local name=$1 out non2xx sockerr
  shift
  out=$(timeout 300 wrk --latency "$@")
  echo "$out" >"$TMP/wrk-$name.txt"
  WRK_RPS=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  WRK_P50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  WRK_P99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  WRK_TOTAL=$(awk '/requests in/ { print $1 }' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' <<<"$out")
  sockerr=$(awk -F'[ ,]+' '/Socket errors:/ { print $4 + $6 + $8 + $10 }' <<<"$out")
  WRK_ERRORS=$(( ${non2xx:-0} + ${sockerr:-0} ))
}

bench_machine() {
  local cpu
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  echo "$(nproc) cores, $cpu, $(awk '/^MemTotal:/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM"
}

bench_commit() {
  local commit dirty
  commit=$(git -C "$ROOT" rev-parse --short HEAD)
  dirty=$(git -C "$ROOT" status --porcelain --untracked-files=no | grep -q . && echo " (+ uncommitted changes)" || true)
  echo "\`$commit\`$dirty"
}

# bench_write_block NAME FILE: FILE (which holds its own begin and end markers) replaces the block NAME in docs/benchmarks.md.
bench_write_block() {
  local name=$1 block=$2
  if [ ! -f "$DOC" ]; then
    printf '# Benchmarks\n' >"$DOC"
  fi
  if grep -q "<!-- bench:$name:begin" "$DOC"; then
    awk -v block="$block" -v begin="<!-- bench:$name:begin" -v end="<!-- bench:$name:end -->" '
      index($0, begin) == 1 { while ((getline line < block) > 0) print line; skip = 1; next }
      index($0, end) == 1 { skip = 0; next }
      !skip { print }' "$DOC" >"$TMP/doc.md"
    cp "$TMP/doc.md" "$DOC"
  else
    { echo; cat "$block"; } >>"$DOC"
  fi
  cat "$block"
  log "Written to docs/benchmarks.md"
}
