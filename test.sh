#!/usr/bin/env bash
# Runs every test of Lounb Learning: unit, integration (PostgreSQL and SQLite), end-to-end (Playwright in Chromium) and
# two app nodes behind nginx (deploy/cluster/test.sh).
# Installs what is missing, starts a throwaway PostgreSQL on a free loopback port, stops it at the end,
# and prints one closing line "N passed, N failed" summed over every suite. Exits non-zero on any failure.
set -euo pipefail

cd "$(dirname "$0")"
ROOT=$PWD

# --- prerequisites that this script cannot install by itself ------------------------------------
# Checked before anything else, with what to do in Ukrainian and English.
need() { # need <what is missing> <how to get it>
  printf '\nБракує / Missing: %s\n  %s\n' "$1" "$2" >&2
  echo "0 passed, 1 failed"
  exit 1
}
SDK_WANTED=$(sed -n 's/.*"version": *"\([0-9.]*\)".*/\1/p' global.json | head -n 1)
command -v dotnet >/dev/null 2>&1 \
  || need ".NET SDK $SDK_WANTED" "Встановіть .NET SDK ${SDK_WANTED%.*} (https://learn.microsoft.com/dotnet/core/install/linux-debian) / install the .NET ${SDK_WANTED%.*} SDK."
dotnet --list-sdks | awk -v want="$SDK_WANTED" '
  { split($1, have, "."); split(want, w, ".")
    if (have[1] == w[1] && have[2] == w[2] && (have[3] + 0) >= (w[3] + 0)) ok = 1 }
  END { exit ok ? 0 : 1 }' \
  || need ".NET SDK $SDK_WANTED or a later patch of ${SDK_WANTED%.*}" "dotnet --list-sdks показує / shows: $(dotnet --list-sdks | tr '\n' ' '). Встановіть SDK з global.json / install the SDK global.json names."
command -v node >/dev/null 2>&1 || need "Node.js (20 or later)" "apt-get install nodejs npm"
command -v npm >/dev/null 2>&1 || need "npm" "apt-get install npm"
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
[ "$NODE_MAJOR" -ge 20 ] || need "Node.js 20 or later (found $(node --version))" "Оновіть Node.js / upgrade Node.js."
WORK=$(mktemp -d /tmp/lounb-test.XXXXXX)
chmod 755 "$WORK"
PG_DATA="$WORK/pg"
PG_BIN=""
REDIS_PORT=""
STATUS=0

log() { printf '\n==> %s\n' "$*"; }

# Each stage prints how long the previous one took.
STAGE=""
STAGE_START=$SECONDS
stage() {
  if [ -n "$STAGE" ]; then
    printf '    (%s: %d s)\n' "$STAGE" $(( SECONDS - STAGE_START ))
  fi
  STAGE=$1
  STAGE_START=$SECONDS
  [ -z "$1" ] || log "$1"
}

cleanup() {
  if [ -n "$REDIS_PORT" ]; then
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  fi
  if [ -n "$PG_BIN" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
    (cd / && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate stop >/dev/null 2>&1) || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# wait_for <what> <its log> <command…>: retries the command for up to 10 s; if it never succeeds, shows the log and stops.
wait_for() {
  local what=$1 log_file=$2
  shift 2
  for _ in $(seq 1 100); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  echo "$what does not answer; its log:" >&2
  tail -n 20 "$log_file" >&2 || true
  echo "0 passed, 1 failed"
  exit 1
}

redis_answers() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; }

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

# free_port_range <count>: the first of <count> consecutive free loopback ports.
free_port_range() {
  local base port taken
  for _ in $(seq 1 50); do
    base=$(( 20000 + RANDOM % 30000 ))
    taken=0
    for port in $(seq "$base" $(( base + $1 - 1 ))); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then taken=1; break; fi
    done
    if [ "$taken" -eq 0 ]; then echo "$base"; return 0; fi
  done
  return 1
}

# --- what the tests need -------------------------------------------------------------------
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
/usr/bin/python3 -c 'import recurring_ical_events' >/dev/null 2>&1 || missing+=(python3-recurring-ical-events)
if [ ${#missing[@]} -gt 0 ]; then
  stage "Installing ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
fi
# moto's server mode is the local S3-compatible server of the file storage tests (S3TestServer).
if ! python3 -c 'import moto.server, flask' >/dev/null 2>&1; then
  stage "Installing moto (S3 test server)"
  python3 -m pip install --quiet 'moto[server]==5.2.1'
fi
if [ ! -d node_modules/@playwright/test ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  stage "Installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

# --- throwaway PostgreSQL -------------------------------------------------------------------
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PG_PORT=$(free_port)
stage "Starting PostgreSQL on 127.0.0.1:$PG_PORT"
mkdir -p "$PG_DATA"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$PG_DATA"
  RUN_PG=(runuser -u postgres --)
else
  RUN_PG=()
fi
# From a folder the postgres user can read: a clone in a private folder would make the tools complain.
(cd "$WORK" && "${RUN_PG[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null)
(cd "$WORK" && "${RUN_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w \
  -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null)
wait_for "PostgreSQL on 127.0.0.1:$PG_PORT" "$PG_DATA/server.log" "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"
export LOUNB_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true"

# --- throwaway Redis (the SignalR backplane of the two-node end-to-end test) ----------------------
REDIS_PORT=$(free_port)
stage "Starting Redis on 127.0.0.1:$REDIS_PORT"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
  --dir "$WORK" --pidfile "$WORK/redis.pid" --logfile "$WORK/redis.log" >/dev/null
wait_for "Redis on 127.0.0.1:$REDIS_PORT" "$WORK/redis.log" redis_answers
# playwright.config.ts gives it to the app as ConnectionStrings__Redis and starts a second app node on the same database.
export E2E_REDIS="127.0.0.1:$REDIS_PORT"

# --- build ------------------------------------------------------------------------------------
stage "Building"
if ! dotnet build Lounb.sln -c Debug -nologo -v quiet; then
  echo "0 passed, 1 failed"
  exit 1
fi

# --- unit and integration tests (xUnit) -------------------------------------------------------
stage "Unit and integration tests"
dotnet test Lounb.sln -c Debug --no-build -nologo --logger "trx" --results-directory "$WORK/trx" -- RunConfiguration.TestSessionTimeout=1500000 \
  || STATUS=1
read -r DOTNET_PASSED DOTNET_FAILED < <(
  cat "$WORK"/trx/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
    { match($0, /passed="[0-9]+"/); p += substr($0, RSTART + 8, RLENGTH - 9)
      match($0, /failed="[0-9]+"/); f += substr($0, RSTART + 8, RLENGTH - 9)
      match($0, /error="[0-9]+"/); f += substr($0, RSTART + 7, RLENGTH - 8)
      match($0, /timeout="[0-9]+"/); f += substr($0, RSTART + 9, RLENGTH - 10)
      match($0, /aborted="[0-9]+"/); f += substr($0, RSTART + 9, RLENGTH - 10) }
    END { print p + 0, f + 0 }')
if [ "$STATUS" -ne 0 ] && [ "$DOTNET_FAILED" -eq 0 ]; then
  DOTNET_FAILED=1 # a test host crashed or a project could not run: count it
fi
# --- names of the failed xUnit tests, printed again at the end so the tail of a CI log shows them
XUNIT_FAILURES=$(node -e '
  const fs = require("fs"), path = require("path");
  const dir = process.argv[1];
  let files = [];
  try { files = fs.readdirSync(dir).filter(f => f.endsWith(".trx")); } catch {}
  const decode = s => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "\x27").replace(/&amp;/g, "&");
  for (const f of files) {
    const xml = fs.readFileSync(path.join(dir, f), "utf8");
    // A passed result is one self-closing tag; a failed one holds its output up to its closing tag.
    for (const m of xml.matchAll(/<UnitTestResult\b([^>]*?)(\/?)>/g)) {
      if (m[2] === "/" || !/outcome="Failed"/.test(m[1])) continue;
      const body = xml.slice(m.index + m[0].length, xml.indexOf("</UnitTestResult>", m.index));
      const name = decode((m[1].match(/testName="([^"]*)"/) || [])[1] || "?");
      const message = decode(((body.match(/<Message>([\s\S]*?)<\/Message>/) || [])[1] || "").split("\n").slice(0, 3).join(" | "));
      console.log(`  ✘ ${name}\n      ${message.slice(0, 400)}`);
    }
  }' "$WORK/trx")

# --- end-to-end tests (Playwright in Debian's Chromium, axe-core) -------------------------------
stage "End-to-end tests"
export E2E_PORT=$(free_port)
E2E_PORT_B=$(free_port)
while [ "$E2E_PORT_B" = "$E2E_PORT" ]; do E2E_PORT_B=$(free_port); done
export E2E_PORT_B
E2E_PORT_JITSI=$(free_port)
while [ "$E2E_PORT_JITSI" = "$E2E_PORT" ] || [ "$E2E_PORT_JITSI" = "$E2E_PORT_B" ]; do E2E_PORT_JITSI=$(free_port); done
export E2E_PORT_JITSI
export E2E_DATA_DIR="$WORK/e2e"
mkdir -p "$E2E_DATA_DIR"
E2E_STATUS=0
rm -f test-results/e2e-results.json
npx playwright test || E2E_STATUS=1
read -r E2E_PASSED E2E_FAILED < <(node -e '
  const fs = require("fs");
  try {
    const s = JSON.parse(fs.readFileSync("test-results/e2e-results.json", "utf8")).stats;
    console.log(`${s.expected + s.flaky} ${s.unexpected}`);
  } catch { console.log("0 0"); }')
if [ "$E2E_STATUS" -ne 0 ] && [ "$E2E_FAILED" -eq 0 ]; then
  E2E_FAILED=1
fi
[ "$E2E_STATUS" -eq 0 ] || STATUS=1

# --- two app nodes behind nginx, with Prometheus (deploy/cluster/test.sh, on the Debug build above) ----------------
stage "Two nodes behind nginx"
CLUSTER_STATUS=0
CLUSTER_DIR="$WORK/cluster" CLUSTER_PORT_BASE=$(free_port_range 7) \
  CLUSTER_APP_DLL="$ROOT/src/Lounb.Learning/bin/Debug/net10.0/Lounb.Learning.dll" deploy/cluster/test.sh \
  | tee "$WORK/cluster.log" || CLUSTER_STATUS=1
read -r CLUSTER_PASSED CLUSTER_FAILED < <(awk '/^[0-9]+ passed, [0-9]+ failed$/ { p = $1; f = $3 } END { print p + 0, f + 0 }' "$WORK/cluster.log")
if [ "$CLUSTER_STATUS" -ne 0 ] && [ "$CLUSTER_FAILED" -eq 0 ]; then
  CLUSTER_FAILED=1
fi

stage ""
printf '    (all: %d s)\n' "$SECONDS"

PASSED=$(( DOTNET_PASSED + E2E_PASSED + CLUSTER_PASSED ))
FAILED=$(( DOTNET_FAILED + E2E_FAILED + CLUSTER_FAILED ))
[ "$FAILED" -eq 0 ] || STATUS=1
[ "$PASSED" -gt 0 ] || STATUS=1
if [ -n "$XUNIT_FAILURES" ]; then
  printf '\nFailed xUnit tests:\n%s\n' "$XUNIT_FAILURES"
fi
printf '\nxUnit: %s passed, %s failed · Playwright: %s passed, %s failed · two nodes: %s passed, %s failed\n' \
  "$DOTNET_PASSED" "$DOTNET_FAILED" "$E2E_PASSED" "$E2E_FAILED" "$CLUSTER_PASSED" "$CLUSTER_FAILED"
echo "$PASSED passed, $FAILED failed"
exit "$STATUS"
