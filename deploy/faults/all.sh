#!/usr/bin/env bash
# Runs every fault drill in turn (each prints its figures; see docs/deployment.md "Fault drills"): publishes the app
# once (Release) and gives it to each drill. Exits 1 when any drill lost something or failed.
# FAULTS_APP_DIR reuses an app published before; FAULTS_PORT (7200) is the first of the five ports each drill uses.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
if [ -z "${FAULTS_APP_DIR:-}" ]; then
  FAULTS_APP_DIR=$(mktemp -d /tmp/lounb-faults-app.XXXXXX)
  trap 'rm -rf "$FAULTS_APP_DIR"' EXIT
  echo "==> Publishing Release to $FAULTS_APP_DIR" >&2
  timeout 900 dotnet publish "$ROOT/src/Lounb.Learning" -c Release -o "$FAULTS_APP_DIR" -nologo -v quiet >"$FAULTS_APP_DIR.log" 2>&1 \
    || { cat "$FAULTS_APP_DIR.log" >&2; exit 1; }
fi
export FAULTS_APP_DIR
failed=()
verdicts=()
for drill in kill-node-during-saves restart-postgres-during-saves stop-redis kill-node-during-dispatch; do
  echo "==> $drill" >&2
  log_file=$(mktemp /tmp/lounb-faults-$drill.XXXXXX.log)
  "$ROOT/deploy/faults/$drill.sh" 2>&1 | tee "$log_file"
  status=${PIPESTATUS[0]}
  out=$(grep -E '^(OK|FAIL) ' "$log_file" || true)
  rm -f "$log_file"
  verdicts+=("${out:-FAIL $drill: no verdict (exit $status)}")
  if [ "$status" -ne 0 ]; then failed+=("$drill"); fi
done
printf '%s\n' "${verdicts[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "Failed: ${failed[*]}"
  exit 1
fi
