#!/usr/bin/env bash
# Cost of observability on a hot read endpoint, measured in one run on one machine: the same jar is
# started with the instrumentation on (the default) and off, alternately, and wrk measures the
# throughput of GET /api/articles (a page of 20 with tags, favorites and authors) against each.
# Usage: [WARMUP=90] bench/instrumentation-overhead.sh [window-seconds] [connections]
# Needs wrk (apt-get install wrk) and a built jar (./mvnw -DskipTests package). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-15}
CONNECTIONS=${2:-16}
WARMUP=${WARMUP:-90}
PORT=18180
MANAGEMENT_PORT=18181
JAVA_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$(ls target/conduit-*.jar | grep -v original | head -n1)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# Everything the "on" configuration adds on the request path, switched off.
OFF_FLAGS=(
  --management.metrics.enable.all=false
  --management.observations.enable.all=false
  --management.tracing.enabled=false
  --conduit.observability.sql-metrics.enabled=false
  --logging.level.conduit.access=OFF
)

start() {
  "$JAVA_BIN" -Xmx1g -jar "$jar" --server.port=$PORT --management.server.port=$MANAGEMENT_PORT \
    --conduit.embedded-database.directory="$work/postgres" --conduit.security.jwt.secret=benchmark-secret-of-at-least-32-bytes \
    --conduit.security.password.bcrypt-strength=4 "$@" > "$work/conduit.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" 2>/dev/null | grep -q UP && return
    sleep 1
  done
  echo "Conduit did not start"; tail -40 "$work/conduit.log"; exit 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

seed() {
  local api="http://127.0.0.1:$PORT/api" token
  for u in $(seq 1 10); do
    token=$(curl -fsS -X POST "$api/users" -H 'Content-Type: application/json' \
      -d "{\"user\":{\"username\":\"bench$u\",\"email\":\"bench$u@example.com\",\"password\":\"password$u\"}}" |
      python3 -c 'import json,sys; print(json.load(sys.stdin)["user"]["token"])')
    for a in $(seq 1 20); do
      curl -fsS -o /dev/null -X POST "$api/articles" -H 'Content-Type: application/json' -H "Authorization: Token $token" \
        -d "{\"article\":{\"title\":\"Article $u-$a\",\"description\":\"d\",\"body\":\"b\",\"tagList\":[\"t$((a % 7))\",\"u$u\"]}}"
    done
  done
}

# After a long warm-up (the instrumented build has more code for C2 to compile; a short warm-up
# measures the JIT, not the steady state), three windows; prints the median window's req/s and the
# JVM's CPU milliseconds per request in it.
measure() {
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "http://127.0.0.1:$PORT/api/articles" > /dev/null
  local results=() t0 t1 out reqs rps
  for window in 1 2 3; do
    t0=$(awk '{print $14+$15}' "/proc/$pid/stat")
    out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "http://127.0.0.1:$PORT/api/articles")
    t1=$(awk '{print $14+$15}' "/proc/$pid/stat")
    reqs=$(echo "$out" | awk '/requests in/ {print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    results+=("$rps $(python3 -c "print('%.3f' % (($t1 - $t0) * 1000.0 / $(getconf CLK_TCK) / $reqs))")")
  done
  printf '%s\n' "${results[@]}" | sort -n | sed -n 2p
}

echo "Seeding 10 users and 200 articles"
start; seed; stop
declare -a on off
for round in 1 2; do
  start; read -r rps cpu < <(measure); on+=("$rps"); echo "round $round, instrumentation on:  $rps req/s, $cpu ms CPU/request"; stop
  start "${OFF_FLAGS[@]}"; read -r rps cpu < <(measure); off+=("$rps"); echo "round $round, instrumentation off: $rps req/s, $cpu ms CPU/request"; stop
done
python3 - "${on[@]}" "${off[@]}" <<'PY'
import sys
v = [float(x) for x in sys.argv[1:]]
on, off = v[:len(v)//2], v[len(v)//2:]
mean_on, mean_off = sum(on)/len(on), sum(off)/len(off)
print(f"mean on {mean_on:.0f} req/s, mean off {mean_off:.0f} req/s, overhead {100*(1-mean_on/mean_off):.1f}%")
PY
