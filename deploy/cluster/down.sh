#!/usr/bin/env bash
# Stops everything deploy/cluster/up.sh started (read from $CLUSTER_DIR/state.env, default /tmp/lounb-cluster) and
# removes its data; the logs stay in $CLUSTER_DIR/logs until the next up.sh. Safe to run twice or after a failed up.sh.
set -uo pipefail

CLUSTER_DIR=${CLUSTER_DIR:-/tmp/lounb-cluster}
STATE="$CLUSTER_DIR/state.env"
if [ ! -f "$STATE" ]; then
  echo "down.sh: nothing to stop ($STATE is missing)"
  exit 0
fi
# shellcheck disable=SC1090
. "$STATE"
# shellcheck source=nodes.sh
. "$(dirname "$0")/nodes.sh"

[ -f "$CLUSTER_DIR/nginx/nginx.pid" ] && stop_pid "$(cat "$CLUSTER_DIR/nginx/nginx.pid")"
stop_pid "${PROMETHEUS_PID:-}"
stop_pid "${NODE_A_PID:-}"
stop_pid "${NODE_B_PID:-}"
stop_pid "${S3_PID:-}"
if [ -n "${REDIS_PORT:-}" ] && [ -f "$CLUSTER_DIR/redis.pid" ]; then
  redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || stop_pid "$(cat "$CLUSTER_DIR/redis.pid")"
fi
if [ -n "${PG_BIN:-}" ] && [ -f "${PG_DATA:-/nonexistent}/postmaster.pid" ]; then
  (cd / && as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1) || true
fi
rm -rf "$CLUSTER_DIR/pg" "$CLUSTER_DIR/prometheus" "$CLUSTER_DIR/nginx" "$CLUSTER_DIR/outbox" "$CLUSTER_DIR/data" \
  "$CLUSTER_DIR/node.env" "$CLUSTER_DIR/redis.pid" "$CLUSTER_DIR/cookies.txt" "$STATE"
echo "down: stopped (logs in $CLUSTER_DIR/logs)"
