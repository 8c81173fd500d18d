#!/usr/bin/env bash
# Cost of observability on a hot read endpoint, measured in one run on one machine. Two instances of
# the same jar run side by side, one with the instrumentation on (the default) and one with all of it
# off, each on its own embedded PostgreSQL holding the same data. After both are warm, wrk measures
# GET /api/articles (a page of 20 with tags, favorites and authors) in short windows that alternate
# between the two, so that whatever else the machine does in the meantime falls on both alike, and
# all of that in several rounds of freshly started JVMs, since two JVMs of one build differ too.
#
# Usage: [ROUNDS=3] [WARMUP=60] [PAIRS=6] [ON_FLAGS="--name=value ..."] [TRACING=off] [ENDPOINT=/api/articles] [SIGNED_IN=1] [PROFILE=1]
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
WARMUP=${WARMUP:-60}
PAIRS=${PAIRS:-6}
ROUNDS=${ROUNDS:-3}
ENDPOINT=${ENDPOINT:-/api/articles}
JAVA_BIN=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$(ls target/conduit-*.jar | grep -v original | head -n1)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# Everything the "on" configuration adds on the request path, switched off. With no observations
# there are no spans either (Boot 4 no longer has a switch for the tracer itself: the old
# management.tracing.enabled is ignored; to run the "on" instance without tracing, see TRACING_OFF).
OFF_FLAGS=(
  --management.metrics.enable.all=false
  --management.observations.enable.all=false
  --conduit.observability.sql-metrics.enabled=false
  --logging.level.conduit.access=OFF
)
# TRACING=off measures the "on" instance without tracing: the tracing auto-configurations left out
# (with the exclusion application.yaml already makes, which a command-line list replaces).
TRACING_OFF="--spring.autoconfigure.exclude=org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration,org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration,org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration"

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

stop() { # pid: a normal stop, which also stops the instance's embedded PostgreSQL; killed after 60 s
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$1" 2>/dev/null || true
}

ON_PORT=18180; OFF_PORT=18190
echo "Measuring GET $ENDPOINT${SIGNED_IN:+ signed in}: $ROUNDS rounds of fresh JVMs, $PAIRS pairs of ${WINDOW} s windows each"
if [ "${TRACING:-on}" = off ]; then ON_FLAGS="${ON_FLAGS:-} $TRACING_OFF"; fi
results=()
for round in $(seq 1 "$ROUNDS"); do
  # Fresh JVMs each round: two JVMs of the same build can settle 10% or more apart (what the JIT
  # compiled, and how), which one round cannot tell from the instrumentation. The data stays.
  # shellcheck disable=SC2086 # ON_FLAGS is a list of arguments
  start on $ON_PORT ${ON_FLAGS:-}; on_pid=${pids[-1]}
  start off $OFF_PORT "${OFF_FLAGS[@]}"; off_pid=${pids[-1]}
  if [ "$round" = 1 ]; then
    echo "Seeding each instance with 10 users and 200 articles"
    seed $ON_PORT; seed $OFF_PORT
  fi
  # A long warm-up: the instrumented build has more code for C2 to compile, and a short one
  # measures the JIT, not the steady state. Alternating keeps both equally warm.
  echo "Round $round: warming up both for ${WARMUP} s each"
  for half in 1 2; do
    window $ON_PORT "$on_pid" $((WARMUP / 2)) > /dev/null
    window $OFF_PORT "$off_pid" $((WARMUP / 2)) > /dev/null
  done
  echo "round pair  on req/s  on ms CPU/req  off req/s  off ms CPU/req"
  for pair in $(seq 1 "$PAIRS"); do
    # Alternate which one goes first, so neither always follows the other.
    if [ $((pair % 2)) = 1 ]; then
      read -r on_rps on_cpu < <(window $ON_PORT "$on_pid" "$WINDOW")
      read -r off_rps off_cpu < <(window $OFF_PORT "$off_pid" "$WINDOW")
    else
      read -r off_rps off_cpu < <(window $OFF_PORT "$off_pid" "$WINDOW")
      read -r on_rps on_cpu < <(window $ON_PORT "$on_pid" "$WINDOW")
    fi
    printf '%5d %4d  %9s  %13s  %9s  %14s\n' "$round" "$pair" "$on_rps" "$on_cpu" "$off_rps" "$off_cpu"
    results+=("$round $on_rps $on_cpu $off_rps $off_cpu")
  done
  if [ "$round" != "$ROUNDS" ]; then stop "$on_pid"; stop "$off_pid"; fi
done

printf '%s\n' "${results[@]}" | python3 -c '
import collections, statistics, sys
rounds = collections.defaultdict(list)
for line in sys.stdin:
    if line.strip():
        r, *values = line.split()
        rounds[r].append(list(map(float, values)))
overheads, extra_cpu = [], []
for r, rows in rounds.items():
    on_rps, on_cpu, off_rps, off_cpu = (statistics.median(col) for col in zip(*rows))
    overhead = statistics.median(1 - row[0] / row[2] for row in rows)
    overheads.append(overhead); extra_cpu.append(on_cpu - off_cpu)
    print(f"round {r}: on {on_rps:.0f} req/s ({on_cpu:.3f} ms CPU/request), off {off_rps:.0f} req/s ({off_cpu:.3f} ms), "
          f"throughput overhead {100 * overhead:.1f}%, CPU {1000 * (on_cpu - off_cpu):+.0f} us")
each = ", ".join("%.1f%%" % (100 * o) for o in overheads)
print(f"throughput overhead: median of rounds {100 * statistics.median(overheads):.1f}% (rounds: {each})")
print(f"CPU per request: median of rounds {1000 * statistics.median(extra_cpu):+.0f} us")
'

if [ "${PROFILE:-0}" = 1 ]; then
  # async-profiler's agent, loaded into the last round's running JVMs, one window at a time.
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
