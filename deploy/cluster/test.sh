#!/usr/bin/env bash
# One command: starts two app nodes behind nginx (up.sh), checks what several nodes must keep true, stops everything
# (down.sh, also on failure or Ctrl-C), prints each check's figure and "N passed, N failed"; exits non-zero on a failure.
#   curl:       a sign-in made through node A is valid on node B and through nginx;
#               Prometheus (started by up.sh) has http_server_request_duration_seconds_count from both nodes
#   Playwright: tests/cluster/two-nodes.spec.ts (live panel across nodes, a file uploaded through A served by B,
#               catalog cache dropped on B within a second, a letter, a reminder and an integration event each once)
# Takes the same environment as up.sh (CLUSTER_DIR, CLUSTER_PORT_BASE, …). Needs Node.js and `npm ci` done (./test.sh does it).
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CLUSTER_DIR=${CLUSTER_DIR:-/tmp/lounb-cluster}
export CLUSTER_DIR
PASSED=0
FAILED=0
FIGURES=()

finish() {
  "$HERE/down.sh" >/dev/null 2>&1 || true
}
trap finish EXIT
trap 'exit 130' INT TERM

check() { # check <name> <figure or failure reason> <0|1>
  if [ "$3" -eq 0 ]; then
    PASSED=$((PASSED + 1)); printf '  ✓ %s: %s\n' "$1" "$2"; FIGURES+=("$1: $2")
  else
    FAILED=$((FAILED + 1)); printf '  ✘ %s: %s\n' "$1" "$2"
  fi
}

if ! "$HERE/up.sh"; then
  echo "up.sh failed (logs in $CLUSTER_DIR/logs)"
  echo "0 passed, 1 failed"
  exit 1
fi
set -a
# shellcheck disable=SC1091
. "$CLUSTER_DIR/state.env"
set +a

echo "==> sign-in: a cookie from node A, used on node B and through nginx"
JAR="$CLUSTER_DIR/cookies.txt"
token=$(curl -fsS -c "$JAR" -b "$JAR" "$NODE_A_URL/account/login" \
  | sed -n 's/.*name="__RequestVerificationToken"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
signin=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR" -b "$JAR" \
  --data-urlencode "Email=bibliotekar@lounb.demo" --data-urlencode "Password=Lounb-demo-2027" \
  --data-urlencode "__RequestVerificationToken=$token" "$NODE_A_URL/account/login")
dashboard() { # dashboard <base url> [cookie jar]: the status of /dashboard and whether it greets the person
  local answer
  answer=$(curl -sS -w '\n%{http_code}' ${2:+-b "$2"} "$1/dashboard")
  printf '%s%s' "$(tail -n 1 <<<"$answer")" "$(grep -q 'Вітаємо' <<<"$answer" && echo ' greeted')"
}
on_b=$(dashboard "$NODE_B_URL" "$JAR")
via_nginx_1=$(dashboard "$NGINX_URL" "$JAR")
via_nginx_2=$(dashboard "$NGINX_URL" "$JAR")
without=$(dashboard "$NODE_B_URL")
figure="sign-in on A answered ${signin%% *}; /dashboard with that cookie: node B $on_b, nginx $via_nginx_1 and $via_nginx_2; node B without it $without"
if [[ "$signin" == "302 "*"/dashboard" && "$on_b" == "200 greeted" && "$via_nginx_1" == "200 greeted" && "$via_nginx_2" == "200 greeted" && "$without" == 302 ]]; then
  check "sign-in across nodes" "$figure" 0
else
  check "sign-in across nodes" "$figure" 1
fi

echo "==> browser checks (tests/cluster/two-nodes.spec.ts)"
RESULTS="$ROOT/test-results/cluster-results.json"
rm -f "$RESULTS"
(cd "$ROOT" && npx playwright test -c tests/cluster/playwright.config.ts) | tee "$CLUSTER_DIR/logs/playwright.log"
read -r PW_PASSED PW_FAILED < <(node -e '
  try {
    const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).stats;
    console.log(`${s.expected + s.flaky} ${s.unexpected + (s.expected + s.flaky + s.unexpected === 0 ? 1 : 0)}`);
  } catch { console.log("0 1"); }' "$RESULTS")
PASSED=$((PASSED + PW_PASSED))
FAILED=$((FAILED + PW_FAILED))
while IFS= read -r line; do FIGURES+=("${line#figure: }"); done < <(grep '^figure: ' "$CLUSTER_DIR/logs/playwright.log")

echo "==> Prometheus: http_server_request_duration_seconds_count from both nodes"
QUERY='sum by (node) (http_server_request_duration_seconds_count)'
series=""
# Both nodes answered requests above; Prometheus scrapes every 2 s.
for _ in $(seq 1 30); do
  series=$(curl -fsS --get --data-urlencode "query=$QUERY" "$PROMETHEUS_URL/api/v1/query" 2>/dev/null | node -e '
    let text = ""; process.stdin.on("data", (d) => text += d).on("end", () => {
      try { console.log(JSON.parse(text).data.result.map((r) => `${r.metric.node}=${r.value[1]}`).sort().join(" ")); } catch { console.log(""); }
    });')
  if [[ "$series" == *"A="* && "$series" == *"B="* ]]; then break; fi
  sleep 1
done
targets=$(curl -fsS "$PROMETHEUS_URL/api/v1/targets" 2>/dev/null | node -e '
  let text = ""; process.stdin.on("data", (d) => text += d).on("end", () => {
    try { console.log(JSON.parse(text).data.activeTargets.map((t) => `${t.labels.node} ${t.health}${t.lastError ? ` (${t.lastError})` : ""}`).sort().join(", ")); } catch { console.log("?"); }
  });')
# The scrape endpoint is for operators: without the token it must not answer.
anonymous=$(curl -sS -o /dev/null -w '%{http_code}' "$NODE_A_URL/metrics")
if [[ "$series" == *"A="* && "$series" == *"B="* && "$anonymous" != 200 ]]; then
  check "Prometheus" "requests counted per node: $series (targets: $targets); /metrics without the token: $anonymous" 0
else
  check "Prometheus" "no value from both nodes (got: '${series}'; targets: $targets), or /metrics open without the token ($anonymous)" 1
fi

printf '\nFigures:\n'
printf '  %s\n' "${FIGURES[@]}"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ] && [ "$PASSED" -gt 0 ]
