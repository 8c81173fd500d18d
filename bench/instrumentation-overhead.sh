#!/usr/bin/env bash
# Cost of observability on a hot read endpoint, measured in one run on one machine. Two instances of
# the same jar run side by side, one with the instrumentation on (the default) and one with all of it
# off, each on its own embedded PostgreSQL holding the same data. After both are warm, wrk measures
# GET /api/articles (a page of 20 with tags, favorites and authors) in short windows that alternate
# between the two, so that whatever else the machine does in the meantime falls on both alike.
#
# Usage: [WARMUP=90] [PAIRS=8] [ON_FLAGS="--name=value ..."] [ENDPOINT=/api/articles] [SIGNED_IN=1] [PROFILE=1]
#        bench/instrumentation-overhead.sh [window-seconds] [connections]
# ON_FLAGS: settings for the "on" instance, to measure what one option saves, for example
# ON_FLAGS=--conduit.observability.sql-metrics.enabled=false.
# ENDPOINT: the API path to measure; SIGNED_IN=1 sends bench1's token (bench1 follows bench2..5, so
# ENDPOINT=/api/articles/feed SIGNED_IN=1 measures a reader's feed).
# PROFILE=1: afterwards, two windows per instance under async-profiler (fetched from Maven Central
# by the Maven wrapper), then bench/profile-diff.py: where the "on" instance spends more per request.
# Needs wrk (apt-get install wrk) and a built jar (./mvnw -DskipTests package). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
WINDOW=${1:-10}
CONNECTIONS=${2:-16}
WARMUP=${WARMUP:-90}
PAIRS=${PAIRS:-8}
ENDPOINT=${ENDPOINT:-/api/articles}
JAVA_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$(ls target/conduit-*.jar | grep -v original | head -n1)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# Everything the "on" configuration adds on the request path, switched off.
OFF_FLAGS=(
  --management.metrics.enable.all=false
  --management.observations.enable.all=false
  --management.tracing.enabled=false
  --conduit.observability.sql-metrics.enabled=false
  --logging.level.conduit.access=OFF
)

start() { # name port flags...
  local name=$1 port=$2; shift 2
  "$JAVA_BIN" -Xms1g -Xmx1g -jar "$jar" --server.port="$port" --management.server.port=$((port + 1)) \
    --conduit.embedded-database.directory="$work/postgres-$name" --conduit.security.jwt.secret=benchmark-secret-of-at-least-32-bytes \
    --conduit.security.password.bcrypt-strength=4 "$@" > "$work/conduit-$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$((port + 1))/actuator/health/readiness" 2>/dev/null | grep -q UP && return
    sleep 1
  done
  echo "Conduit ($name) did not start"; tail -40 "$work/conduit-$name.log"; exit 1
}

seed() { # port
  local api="http://127.0.0.1:$1/api" token
  for u in $(seq 1 10); do
    token=$(curl -fsS -X POST "$api/users" -H 'Content-Type: application/json' \
      -d "{\"user\":{\"username\":\"bench$u\",\"email\":\"bench$u@example.com\",\"password\":\"password$u\"}}" |
      python3 -c 'import json,sys; print(json.load(sys.stdin)["user"]["token"])')
    if [ "$u" = 1 ]; then echo "$token" > "$work/token-$1"; fi
    if [ "$u" -ge 2 ] && [ "$u" -le 5 ]; then
      curl -fsS -o /dev/null -X POST "$api/profiles/bench$u/follow" -H "Authorization: Token $(cat "$work/token-$1")"
    fi
    for a in $(seq 1 20); do
      curl -fsS -o /dev/null -X POST "$api/articles" -H 'Content-Type: application/json' -H "Authorization: Token $token" \
        -d "{\"article\":{\"title\":\"Article $u-$a\",\"description\":\"d\",\"body\":\"b\",\"tagList\":[\"t$((a % 7))\",\"u$u\"]}}"
    done
  done
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# One window of wrk against a port; prints "req/s cpu-ms-per-request" of that instance.
window() { # port pid seconds
  local t0 t1 out reqs rps
  local auth=()
  if [ "${SIGNED_IN:-0}" = 1 ]; then auth=(-H "Authorization: Token $(cat "$work/token-$1")"); fi
  t0=$(cpu_ticks "$2")
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${3}s" "${auth[@]}" "http://127.0.0.1:$1$ENDPOINT")
  t1=$(cpu_ticks "$2")
  reqs=$(echo "$out" | awk '/requests in/ {print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  echo "$rps $(python3 -c "print('%.3f' % (($t1 - $t0) * 1000.0 / $(getconf CLK_TCK) / $reqs))")"
}

ON_PORT=18180; OFF_PORT=18190
echo "Starting both instances and seeding each with 10 users and 200 articles; measuring GET $ENDPOINT${SIGNED_IN:+ signed in}"
# shellcheck disable=SC2086 # ON_FLAGS is a list of arguments
start on $ON_PORT ${ON_FLAGS:-}; on_pid=${pids[-1]}; seed $ON_PORT
start off $OFF_PORT "${OFF_FLAGS[@]}"; off_pid=${pids[-1]}; seed $OFF_PORT

# A long warm-up: the instrumented build has more code for C2 to compile, and a short one measures
# the JIT, not the steady state. Alternating keeps both equally warm.
echo "Warming up both for ${WARMUP} s each"
for half in 1 2; do
  window $ON_PORT "$on_pid" $((WARMUP / 2)) > /dev/null
  window $OFF_PORT "$off_pid" $((WARMUP / 2)) > /dev/null
done

echo "pair  on req/s  on ms CPU/req  off req/s  off ms CPU/req"
results=()
for pair in $(seq 1 "$PAIRS"); do
  # Alternate which one goes first, so neither always follows the other.
  if [ $((pair % 2)) = 1 ]; then
    read -r on_rps on_cpu < <(window $ON_PORT "$on_pid" "$WINDOW")
    read -r off_rps off_cpu < <(window $OFF_PORT "$off_pid" "$WINDOW")
  else
    read -r off_rps off_cpu < <(window $OFF_PORT "$off_pid" "$WINDOW")
    read -r on_rps on_cpu < <(window $ON_PORT "$on_pid" "$WINDOW")
  fi
  printf '%4d  %9s  %13s  %9s  %14s\n' "$pair" "$on_rps" "$on_cpu" "$off_rps" "$off_cpu"
  results+=("$on_rps $on_cpu $off_rps $off_cpu")
done

printf '%s\n' "${results[@]}" | python3 -c '
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
on_rps, on_cpu, off_rps, off_cpu = (statistics.median(col) for col in zip(*rows))
ratios = sorted(1 - r[0] / r[2] for r in rows)
print(f"median on {on_rps:.0f} req/s ({on_cpu:.3f} ms CPU/request), median off {off_rps:.0f} req/s ({off_cpu:.3f} ms CPU/request)")
print(f"throughput overhead: median of pairs {100 * statistics.median(ratios):.1f}% (pairs from {100 * ratios[0]:.1f}% to {100 * ratios[-1]:.1f}%)")
print(f"CPU per request: +{1000 * (on_cpu - off_cpu):.0f} us ({100 * (on_cpu / off_cpu - 1):.1f}% more than off)")
'

if [ "${PROFILE:-0}" = 1 ]; then
  # async-profiler's agent, loaded into each running JVM in turn for one window of the same length.
  "${MVNW:-./mvnw}" -q -B -ntp dependency:copy -Dartifact=tools.profiler:async-profiler:4.2 -DoutputDirectory="$work" >/dev/null
  (cd "$work" && unzip -q -o async-profiler-4.2.jar 'linux-x64/*')
  agent="$work/linux-x64/libasyncProfiler.so" out=${PROFILE_DIR:-target/instrumentation-profile}
  mkdir -p "$out"
  rm -f "$out"/*.collapsed "$out"/*.rate
  # Two windows each, in the order on, off, off, on, so that neither is always profiled first.
  for run in on-1 off-1 off-2 on-2; do
    if [ "${run%-*}" = on ]; then port=$ON_PORT pid=$on_pid; else port=$OFF_PORT pid=$off_pid; fi
    # The agent's options go quoted: jcmd would otherwise read "start,event=cpu" as a name=value pair.
    "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$pid" JVMTI.agent_load "$agent" '"start,event=cpu,interval=997us"' >/dev/null
    window $port "$pid" "$WINDOW" > "$out/$run.rate"
    "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$pid" JVMTI.agent_load "$agent" "\"stop,file=$PWD/$out/$run.collapsed,collapsed\"" >/dev/null
  done
  python3 bench/profile-diff.py "$out" "$WINDOW"
fi
