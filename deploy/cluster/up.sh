#!/usr/bin/env bash
# Starts Lounb Learning as two app nodes on one machine, everything on loopback, everything throwaway:
#   PostgreSQL (own data folder) · Redis · moto (S3-compatible file storage, one bucket) · `migrate` once ·
#   node A and node B (Release build, MigrateOnStartup=false, shared Redis, bucket and mail outbox folder) ·
#   nginx (round robin for pages; ip_hash + WebSocket upgrade for /hubs/webinars and /hubs/certificates) ·
#   Prometheus scraping both nodes' GET /metrics with a bearer token.
# deploy/cluster/down.sh stops all of it. deploy/cluster/test.sh runs the checks between the two.
#
# In (environment, all optional):
#   CLUSTER_DIR          state folder (default /tmp/lounb-cluster); must not hold a running cluster
#   CLUSTER_PORT_BASE    first of seven loopback ports (default 7100): nginx +0, node A +1, node B +2,
#                        PostgreSQL +3, Redis +4, S3 +5, Prometheus +6; each can be set alone:
#                        NGINX_PORT NODE_A_PORT NODE_B_PORT PG_PORT REDIS_PORT S3_PORT PROMETHEUS_PORT
#   CLUSTER_APP_DIR      where the app is published (default deploy/cluster/.app; republished when a source file
#                        is newer than the published app, or with CLUSTER_REBUILD=1)
#   CLUSTER_APP_DLL      run this already-built Lounb.Learning.dll instead (no publish; ./test.sh uses its Debug build)
#   CLUSTER_ENVIRONMENT  ASPNETCORE_ENVIRONMENT of the nodes (default Development: the demo accounts and data)
#   CLUSTER_NODE_ENV     extra "Key=value" settings for both nodes, space-separated, overriding up.sh's own
#                        (e.g. "Lounb__Outbox__PollSeconds=5"); up.sh sets the letter, event and reminder polls to 2 s
# Out: $CLUSTER_DIR/state.env, to be sourced (`. /tmp/lounb-cluster/state.env`):
#   CLUSTER_DIR NGINX_URL NGINX_PORT NODE_A_URL NODE_A_PORT NODE_A_PID NODE_A_LOG NODE_B_URL NODE_B_PORT NODE_B_PID
#   NODE_B_LOG PG_PORT PG_DATA PG_BIN PG_CONNECTION PG_DATABASE REDIS_PORT S3_URL S3_PORT S3_PID S3_BUCKET
#   NGINX_PID PROMETHEUS_URL PROMETHEUS_PORT PROMETHEUS_PID SCRAPE_TOKEN OUTBOX_DIR APP_DLL NODE_ENV_FILE
#   (NODE_ENV_FILE holds the nodes' settings; node_start in nodes.sh restarts a node with them, redis_stop and
#   redis_start stop and start Redis: deploy/faults/* start their cluster with this script.)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=nodes.sh
. "$HERE/nodes.sh"

CLUSTER_DIR=${CLUSTER_DIR:-/tmp/lounb-cluster}
BASE=${CLUSTER_PORT_BASE:-7100}
NGINX_PORT=${NGINX_PORT:-$((BASE))}
NODE_A_PORT=${NODE_A_PORT:-$((BASE + 1))}
NODE_B_PORT=${NODE_B_PORT:-$((BASE + 2))}
PG_PORT=${PG_PORT:-$((BASE + 3))}
REDIS_PORT=${REDIS_PORT:-$((BASE + 4))}
S3_PORT=${S3_PORT:-$((BASE + 5))}
PROMETHEUS_PORT=${PROMETHEUS_PORT:-$((BASE + 6))}
CLUSTER_APP_DIR=${CLUSTER_APP_DIR:-$HERE/.app}
CLUSTER_ENVIRONMENT=${CLUSTER_ENVIRONMENT:-Development}
STATE="$CLUSTER_DIR/state.env"

say() { printf '==> %s\n' "$*"; }
fail() { printf 'up.sh: %s\n' "$*" >&2; exit 1; }

if [ -f "$STATE" ]; then
  fail "$STATE exists: a cluster may be running; stop it with deploy/cluster/down.sh (CLUSTER_DIR=$CLUSTER_DIR)"
fi
for port in "$NGINX_PORT" "$NODE_A_PORT" "$NODE_B_PORT" "$PG_PORT" "$REDIS_PORT" "$S3_PORT" "$PROMETHEUS_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port on 127.0.0.1 is taken (set CLUSTER_PORT_BASE)"; fi
done

# --- what is missing is installed (Debian) ---------------------------------------------------------------
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx)
command -v prometheus >/dev/null 2>&1 || missing+=(prometheus)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # Debian starts the packages' own services on install; the cluster runs its own on its own ports.
  for service in nginx prometheus; do
    if [[ " ${missing[*]} " == *" $service "* ]]; then $SUDO systemctl disable --now "$service" >/dev/null 2>&1 || $SUDO service "$service" stop >/dev/null 2>&1 || true; fi
  done
fi
if ! python3 -c 'import moto.server, flask' >/dev/null 2>&1; then
  say "Installing moto (S3-compatible server)"
  python3 -m pip install --quiet 'moto[server]==5.2.1'
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# --- the app, published once ---------------------------------------------------------------------------------
APP_DLL=${CLUSTER_APP_DLL:-$CLUSTER_APP_DIR/Lounb.Learning.dll}
if [ -n "${CLUSTER_APP_DLL:-}" ]; then
  [ -f "$APP_DLL" ] || fail "CLUSTER_APP_DLL=$APP_DLL does not exist"
  APP_DLL=$(realpath "$APP_DLL")
elif [ "${CLUSTER_REBUILD:-0}" = 1 ] || [ ! -f "$APP_DLL" ] \
  || [ -n "$(find "$ROOT/src" \( -name bin -o -name obj \) -prune -o -type f -newer "$APP_DLL" -print -quit)" ]; then
  say "Publishing the app (Release) to $CLUSTER_APP_DIR"
  dotnet publish "$ROOT/src/Lounb.Learning" -c Release -o "$CLUSTER_APP_DIR" -nologo -v quiet
  touch "$APP_DLL"
fi

mkdir -p "$CLUSTER_DIR"
chmod 755 "$CLUSTER_DIR"
# What a previous run left (down.sh keeps only the logs).
rm -rf "$CLUSTER_DIR/pg" "$CLUSTER_DIR/prometheus" "$CLUSTER_DIR/nginx" "$CLUSTER_DIR/outbox" "$CLUSTER_DIR/data" "$CLUSTER_DIR/logs"
OUTBOX_DIR="$CLUSTER_DIR/outbox"
mkdir -p "$OUTBOX_DIR" "$CLUSTER_DIR/logs"
: >"$STATE"
# Everything started from here on is written to the state file at once, so down.sh stops it even if up.sh fails half-way.
remember() { # remember NAME value
  printf -v "$1" '%s' "$2"
  printf '%s=%q\n' "$1" "$2" >>"$STATE"
}
remember CLUSTER_DIR "$CLUSTER_DIR"
remember OUTBOX_DIR "$OUTBOX_DIR"
remember APP_DLL "$APP_DLL"
trap 'echo "up.sh failed; stopping what it started" >&2; "$HERE/down.sh" >&2' ERR

# --- PostgreSQL --------------------------------------------------------------------------------------------------
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
remember PG_BIN "$PG_BIN"
remember PG_DATA "$CLUSTER_DIR/pg"
remember PG_PORT "$PG_PORT"
say "PostgreSQL on 127.0.0.1:$PG_PORT"
mkdir -p "$PG_DATA"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DATA"; fi
(cd "$CLUSTER_DIR" && as_pg_owner "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null)
(cd "$CLUSTER_DIR" && as_pg_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w \
  -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null)
remember PG_DATABASE lounb
remember PG_CONNECTION "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=$PG_DATABASE"

# --- Redis ---------------------------------------------------------------------------------------------------------
remember REDIS_PORT "$REDIS_PORT"
say "Redis on 127.0.0.1:$REDIS_PORT"
redis_start

# --- S3-compatible storage (moto) --------------------------------------------------------------------------------
remember S3_PORT "$S3_PORT"
remember S3_URL "http://127.0.0.1:$S3_PORT"
remember S3_BUCKET lounb-files
say "S3 (moto) on $S3_URL, bucket $S3_BUCKET"
setsid python3 -m moto.server -H 127.0.0.1 -p "$S3_PORT" >"$CLUSTER_DIR/logs/s3.log" 2>&1 &
remember S3_PID $!
wait_until "moto S3" "$CLUSTER_DIR/logs/s3.log" 300 curl -fsS -o /dev/null "$S3_URL/"
# moto accepts unsigned requests; the nodes' own S3 client is the only S3 code in use after this.
curl -fsS -X PUT -o /dev/null "$S3_URL/$S3_BUCKET"

# --- the nodes' settings, migrate once, two nodes -------------------------------------------------------------------
remember NGINX_PORT "$NGINX_PORT"
remember NGINX_URL "http://127.0.0.1:$NGINX_PORT"
remember SCRAPE_TOKEN "$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
remember NODE_ENV_FILE "$CLUSTER_DIR/node.env"
cat >"$NODE_ENV_FILE" <<EOF
ASPNETCORE_ENVIRONMENT=$CLUSTER_ENVIRONMENT
DOTNET_CLI_TELEMETRY_OPTOUT=1
DOTNET_NOLOGO=1
Lounb__Database__Provider=Postgres
ConnectionStrings__Postgres=$PG_CONNECTION
Lounb__Database__MigrateOnStartup=false
Lounb__Database__DataDirectory=$CLUSTER_DIR/data
ConnectionStrings__Redis=127.0.0.1:$REDIS_PORT
Lounb__Storage__Provider=S3
Lounb__Storage__S3__ServiceUrl=$S3_URL
Lounb__Storage__S3__Bucket=$S3_BUCKET
Lounb__Storage__S3__AccessKey=cluster
Lounb__Storage__S3__SecretKey=cluster-secret
Lounb__Email__OutboxDirectory=$OUTBOX_DIR
Lounb__Email__PublicBaseUrl=$NGINX_URL
Lounb__Webinars__PublicBaseUrl=$NGINX_URL
Lounb__Email__Queue__PollSeconds=2
Lounb__Outbox__PollSeconds=2
Lounb__Webinars__ReminderIntervalSeconds=2
Lounb__ReverseProxy__KnownProxies__0=127.0.0.1
Lounb__Security__AuthPermitPerMinute=1000
Lounb__DemoData__ActivityYear=false
Lounb__Telemetry__ScrapeToken=$SCRAPE_TOKEN
EOF
for setting in ${CLUSTER_NODE_ENV:-}; do echo "$setting" >>"$NODE_ENV_FILE"; done

say "migrate (once, before the nodes start)"
mapfile -t NODE_SETTINGS <"$NODE_ENV_FILE"
(cd "$(dirname "$APP_DLL")" && env "${NODE_SETTINGS[@]}" dotnet "$APP_DLL" migrate >"$CLUSTER_DIR/logs/migrate.log" 2>&1) \
  || { tail -n 30 "$CLUSTER_DIR/logs/migrate.log" >&2; false; }

# One after the other: the second finds the seeded data in place.
for node in A B; do
  port_var="NODE_${node}_PORT"
  remember "NODE_${node}_PORT" "${!port_var}"
  remember "NODE_${node}_URL" "http://127.0.0.1:${!port_var}"
  remember "NODE_${node}_LOG" "$CLUSTER_DIR/logs/node-$node.log"
  say "node $node on http://127.0.0.1:${!port_var}"
  node_start "$node"
  node_wait "$node"
done

# --- nginx -------------------------------------------------------------------------------------------------------
say "nginx on $NGINX_URL"
mkdir -p "$CLUSTER_DIR/nginx/temp"
chmod 777 "$CLUSTER_DIR/nginx/temp"
cat >"$CLUSTER_DIR/nginx/nginx.conf" <<EOF
# Generated by deploy/cluster/up.sh. docs/deployment.md "Reverse proxy" and "Several app nodes".
worker_processes 1;
pid $CLUSTER_DIR/nginx/nginx.pid;
error_log $CLUSTER_DIR/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
    # The combined format plus which node answered and in how long (seconds), for reading a drill afterwards.
    log_format timed '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent rt=\$request_time node=\$upstream_addr ut=\$upstream_response_time';
    access_log $CLUSTER_DIR/logs/nginx-access.log timed;
    client_body_temp_path $CLUSTER_DIR/nginx/temp/body;
    proxy_temp_path $CLUSTER_DIR/nginx/temp/proxy;
    fastcgi_temp_path $CLUSTER_DIR/nginx/temp/fastcgi;
    uwsgi_temp_path $CLUSTER_DIR/nginx/temp/uwsgi;
    scgi_temp_path $CLUSTER_DIR/nginx/temp/scgi;
    client_max_body_size 10m;
    # Pages and APIs: round robin over both nodes.
    upstream lounb_nodes {
        server 127.0.0.1:$NODE_A_PORT;
        server 127.0.0.1:$NODE_B_PORT;
    }
    # SignalR hubs: negotiate and the connection must reach the same node.
    upstream lounb_hubs {
        ip_hash;
        server 127.0.0.1:$NODE_A_PORT;
        server 127.0.0.1:$NODE_B_PORT;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        proxy_http_version 1.1;
        proxy_set_header Host \$host:\$server_port;
        proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto \$scheme;
        # Which node answered, for the checks (and for an operator reading a response).
        add_header X-Lounb-Upstream \$upstream_addr always;
        location / {
            proxy_pass http://lounb_nodes;
        }
        location ~ ^/hubs/(webinars|certificates)(/|\$) {
            proxy_pass http://lounb_hubs;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection "upgrade";
            proxy_read_timeout 120s;
        }
    }
}
EOF
"$NGINX" -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx/nginx.conf" -e "$CLUSTER_DIR/logs/nginx-error.log"
wait_until "nginx" "$CLUSTER_DIR/logs/nginx-error.log" 100 curl -fsS -o /dev/null "$NGINX_URL/health/live"
remember NGINX_PID "$(cat "$CLUSTER_DIR/nginx/nginx.pid")"

# --- Prometheus ----------------------------------------------------------------------------------------------------
remember PROMETHEUS_PORT "$PROMETHEUS_PORT"
remember PROMETHEUS_URL "http://127.0.0.1:$PROMETHEUS_PORT"
say "Prometheus on $PROMETHEUS_URL, scraping both nodes' /metrics"
mkdir -p "$CLUSTER_DIR/prometheus"
cat >"$CLUSTER_DIR/prometheus/prometheus.yml" <<EOF
global:
  scrape_interval: 2s
  scrape_timeout: 2s
scrape_configs:
  - job_name: lounb
    metrics_path: /metrics
    authorization:
      type: Bearer
      credentials: $SCRAPE_TOKEN
    static_configs:
      - targets: ['127.0.0.1:$NODE_A_PORT']
        labels: { node: A }
      - targets: ['127.0.0.1:$NODE_B_PORT']
        labels: { node: B }
EOF
setsid prometheus --config.file="$CLUSTER_DIR/prometheus/prometheus.yml" --storage.tsdb.path="$CLUSTER_DIR/prometheus/data" \
  --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" >"$CLUSTER_DIR/logs/prometheus.log" 2>&1 &
remember PROMETHEUS_PID $!
wait_until "Prometheus" "$CLUSTER_DIR/logs/prometheus.log" 300 curl -fsS -o /dev/null "$PROMETHEUS_URL/-/ready"

trap - ERR
say "up: $NGINX_URL (node A $NODE_A_URL, node B $NODE_B_URL); state in $STATE"
