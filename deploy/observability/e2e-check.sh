#!/usr/bin/env bash
# End-to-end check of the monitoring path: start the built Conduit jar and a real Prometheus server
# with this folder's prometheus.yml and alerts.yml, send some traffic, then ask Prometheus (its HTTP
# API) whether the request, SQL, pool and business series arrived. Loopback only; stops by itself.
# Usage: deploy/observability/e2e-check.sh   (after ./mvnw package or verify; installs prometheus via
# apt-get when missing and running as root). Uses SPRING_DATASOURCE_URL when set, else embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."

API_PORT=${E2E_API_PORT:-18080}
MANAGEMENT_PORT=${E2E_MANAGEMENT_PORT:-18081}
PROMETHEUS_PORT=${E2E_PROMETHEUS_PORT:-19090}
JAVA_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}java

jar=$(ls target/conduit-*.jar 2>/dev/null | grep -v original | head -n1 || true)
[ -n "$jar" ] || { echo "e2e: no target/conduit-*.jar; run ./mvnw package first" >&2; exit 1; }

if ! command -v prometheus >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq prometheus >/dev/null
    pkill -x prometheus || true   # the package may start its own server; ours runs on its own port
  else
    echo "e2e: prometheus is not installed (Debian: apt-get install prometheus)" >&2; exit 1
  fi
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "e2e: starting Conduit ($jar) on 127.0.0.1:$API_PORT, management on $MANAGEMENT_PORT"
"$JAVA_BIN" -jar "$jar" --server.port="$API_PORT" --server.address=127.0.0.1 \
  --management.server.port="$MANAGEMENT_PORT" --management.server.address=127.0.0.1 \
  --conduit.embedded-database.directory="$work/postgres" > "$work/conduit.log" 2>&1 &
pids+=($!)

for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && break
  sleep 1
done
curl -fsS "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" | grep -q '"UP"' \
  || { echo "e2e: Conduit did not become ready"; tail -50 "$work/conduit.log"; exit 1; }

# The shipped configuration, pointed at this instance.
cp deploy/observability/prometheus.yml deploy/observability/alerts.yml "$work/"
mkdir -p "$work/targets"
printf '[{"targets": ["127.0.0.1:%s"], "labels": {"env": "e2e"}}]\n' "$MANAGEMENT_PORT" > "$work/targets/conduit.json"
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/tsdb" \
  --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" > "$work/prometheus.log" 2>&1 &
pids+=($!)

api="http://127.0.0.1:$API_PORT/api"
json='Content-Type: application/json'
user="e2e$$x$RANDOM"   # unique, so that a reused database does not answer 409
token=$(curl -fsS -X POST "$api/users" -H "$json" \
  -d "{\"user\":{\"username\":\"$user\",\"email\":\"$user@example.com\",\"password\":\"e2e-password\"}}" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["user"]["token"])')
slug=$(curl -fsS -X POST "$api/articles" -H "$json" -H "Authorization: Token $token" \
  -d '{"article":{"title":"Observed","description":"d","body":"b","tagList":["e2e"]}}' |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["article"]["slug"])')
for _ in $(seq 1 20); do
  curl -fsS "$api/articles" >/dev/null
  curl -fsS "$api/articles/$slug" >/dev/null
  curl -fsS "$api/tags" >/dev/null
done
curl -fsS -X POST "$api/articles/$slug/comments" -H "$json" -H "Authorization: Token $token" \
  -d '{"comment":{"body":"c"}}' >/dev/null
curl -sS -o /dev/null -X POST "$api/users/login" -H "$json" -d "{\"user\":{\"email\":\"$user@example.com\",\"password\":\"nope\"}}"

# Each query must return at least one series with a value above zero.
checks=(
  'up{job="conduit"}'
  'sum(http_server_requests_seconds_count{job="conduit",uri="/api/articles"})'
  'sum(http_server_requests_seconds_bucket{job="conduit",uri="/api/articles/{slug}",le="0.1"})'
  'sum(conduit_sql_seconds_count{job="conduit"})'
  'sum(conduit_sql_seconds_count{job="conduit",statement="select articles"})'
  'max(hikaricp_connections_max{job="conduit"})'
  'sum(conduit_users_registered_total{job="conduit"})'
  'sum(conduit_articles_published_total{job="conduit"})'
  'sum(conduit_comments_added_total{job="conduit"})'
  'sum(conduit_logins_total{job="conduit",outcome="failure"})'
)
query() {
  curl -fsS -G "http://127.0.0.1:$PROMETHEUS_PORT/api/v1/query" --data-urlencode "query=$1" 2>/dev/null |
    python3 -c 'import json,sys; r=json.load(sys.stdin)["data"]["result"]; print("yes" if r and float(r[0]["value"][1]) > 0 else "no")' 2>/dev/null || echo no
}
deadline=$((SECONDS + 90))
for check in "${checks[@]}"; do
  until [ "$(query "$check")" = yes ]; do
    if [ $SECONDS -ge $deadline ]; then
      echo "e2e: FAILED, Prometheus has no data for: $check"; tail -20 "$work/prometheus.log"; exit 1
    fi
    sleep 2
  done
  echo "e2e: ok   $check"
done
echo "e2e: all ${#checks[@]} Prometheus checks passed"
