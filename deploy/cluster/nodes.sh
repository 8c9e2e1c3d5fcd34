# Helpers shared by up.sh and scripts that restart a node (sourced; needs the variables of state.env).
#   wait_until <what> <log> <tries of 0.1 s> <command…>   retries the command; shows the log and fails if it never succeeds
#   stop_pid <pid>     SIGTERM, then SIGKILL after 10 s
#   node_start A|B     starts the node with the settings in $NODE_ENV_FILE, records NODE_<X>_PID in state.env
#   node_wait A|B      waits until the node answers /health (up to 120 s)
#   node_stop A|B      stops the node (stop_pid: SIGTERM, then SIGKILL after 10 s)
#   redis_start        starts the cluster's Redis ($REDIS_PORT; no persistence, pid and log in $CLUSTER_DIR), waits for PONG
#   redis_stop         shuts it down and waits until it no longer answers (a drill stops and starts it with these two)
#   as_pg_owner <command…>  runs a PostgreSQL server command as the data folder's owner (postgres when run as root)

wait_until() {
  local what=$1 log_file=$2 tries=$3
  shift 3
  for _ in $(seq 1 "$tries"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    # WATCH_PID: give up at once when that process (the one that should answer) has ended.
    if [ -n "${WATCH_PID:-}" ] && ! kill -0 "$WATCH_PID" 2>/dev/null; then break; fi
    sleep 0.1
  done
  echo "$what does not answer; the end of its log ($log_file):" >&2
  tail -n 30 "$log_file" >&2 || true
  return 1
}

# stop_pid <pid>: SIGTERM, then SIGKILL after 10 s.
stop_pid() {
  local pid=${1:-}
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

node_start() {
  local node=$1 port_var="NODE_$1_PORT" log_var="NODE_$1_LOG" settings
  mapfile -t settings <"$NODE_ENV_FILE"
  (cd "$(dirname "$APP_DLL")" && exec setsid env "${settings[@]}" ASPNETCORE_URLS="http://127.0.0.1:${!port_var}" \
    dotnet "$APP_DLL" >>"${!log_var}" 2>&1) &
  NODE_STARTED_PID=$!
  printf -v "NODE_${node}_PID" '%s' "$NODE_STARTED_PID"
  printf 'NODE_%s_PID=%s\n' "$node" "$NODE_STARTED_PID" >>"$CLUSTER_DIR/state.env"
}

node_wait() {
  local url_var="NODE_$1_URL" log_var="NODE_$1_LOG" pid_var="NODE_$1_PID"
  WATCH_PID=${!pid_var} wait_until "node $1 (${!url_var})" "${!log_var}" 1200 curl -fsS -o /dev/null "${!url_var}/health"
}

node_stop() {
  local pid_var="NODE_$1_PID"
  stop_pid "${!pid_var:-}"
}

redis_start() {
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
    --dir "$CLUSTER_DIR" --pidfile "$CLUSTER_DIR/redis.pid" --logfile "$CLUSTER_DIR/logs/redis.log" >/dev/null
  wait_until "Redis" "$CLUSTER_DIR/logs/redis.log" 100 sh -c "redis-cli -h 127.0.0.1 -p $REDIS_PORT ping | grep -q PONG"
}

redis_stop() {
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  wait_until "Redis (stopping)" "$CLUSTER_DIR/logs/redis.log" 100 sh -c "! redis-cli -h 127.0.0.1 -p $REDIS_PORT ping"
}

as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
