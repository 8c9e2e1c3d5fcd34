#!/usr/bin/env bash
# Runs every fault drill in turn (each prints its figures; see docs/deployment.md "Fault drills"), then their verdicts
# and the machine's load average. Exits 1 when any drill lost something or failed. Each drill starts its cluster with
# deploy/cluster/up.sh, which publishes the app (Release) once and reuses it; its environment applies (CLUSTER_PORT_BASE,
# default 7200 for the drills; CLUSTER_APP_DLL; …); each drill's logs stay in $CLUSTER_DIR/<drill>/logs (default
# /tmp/lounb-faults/<drill>/logs).
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
DIR=${CLUSTER_DIR:-/tmp/lounb-faults}
failed=()
verdicts=()
for drill in kill-node-during-saves restart-postgres-during-saves stop-redis kill-node-during-dispatch; do
  echo "==> $drill" >&2
  log_file=$(mktemp /tmp/lounb-faults-$drill.XXXXXX.log)
  # Each drill in its own state folder, so that every drill's logs (nodes, nginx, Redis) are there afterwards.
  CLUSTER_DIR="$DIR/$drill" "$ROOT/deploy/faults/$drill.sh" 2>&1 | tee "$log_file"
  status=${PIPESTATUS[0]}
  out=$(grep -E '^(OK|FAIL) ' "$log_file" || true)
  rm -f "$log_file"
  verdicts+=("${out:-FAIL $drill: no verdict (exit $status)}")
  if [ "$status" -ne 0 ]; then failed+=("$drill"); fi
done
printf '%s\n' "${verdicts[@]}"
echo "load average (1, 5, 15 min) at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ ${#failed[@]} -gt 0 ]; then
  echo "Failed: ${failed[*]}"
  exit 1
fi
