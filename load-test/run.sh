#!/usr/bin/env bash
# The load test of Conduit, in one command, on this machine (loopback only, bounded in time).
#
#   load-test/run.sh            everything below, in order, then the charts (about 60 minutes)
#   load-test/run.sh seed N     load the dataset at scale N (1 = 10,000 users) into the database
#   load-test/run.sh nominal    TenThousandUsers: 1,000 requests/s of the mixed workload
#   load-test/run.sh capacity   the same mix at rising rates until p99 > 100 ms or errors > 0.1%
#   load-test/run.sh endpoints  each hot endpoint alone at fixed concurrency, the trivial endpoint,
#                               and the same SQL straight against PostgreSQL (pgbench)
#   load-test/run.sh scale10    scale 10 dataset, then list and feed again (p99 from scale 1 to 10)
#   load-test/run.sh profile    the nominal workload for PROFILE_DURATION s under Java Flight Recorder,
#                               then where Conduit's CPU went (load-test/jfr-summary.py)
#   load-test/run.sh charts     the PNG charts of docs/capacity/ from the recorded results
#
# Settings (environment): DB_URL / DB_USER (a PostgreSQL to fill; default: the server at
# 127.0.0.1:5432 when one answers, database conduit_load, otherwise Conduit's embedded PostgreSQL on
# port 54329), RATE, DURATION, STEP_DURATION, CAPACITY_RATES, ENDPOINT_DURATION, CONCURRENCY.
# Results: load-test/results/<run>/ (CSV, logs, Gatling reports). The dataset is replaced.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

RATE=${RATE:-1000}
DURATION=${DURATION:-300}
STEP_DURATION=${STEP_DURATION:-60}
CAPACITY_RATES=${CAPACITY_RATES:-"500 750 1000 1250 1500 1750 2000 2250 2500"}
ENDPOINT_DURATION=${ENDPOINT_DURATION:-30}
PROFILE_DURATION=${PROFILE_DURATION:-120}
CONCURRENCY=${CONCURRENCY:-16}
PORT=${PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-18081}
EMBEDDED_DB_PORT=54329
RESULTS=${RESULTS:-$ROOT/load-test/results/latest}
JWT_SECRET=load-test-secret-of-at-least-32-bytes-long
mkdir -p "$RESULTS"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$RESULTS/run.log"; }

# ---- Tools ---------------------------------------------------------------------------------------

newest_jdk() {
  local best="" best_major=0 home major
  for home in /usr/lib/jvm/*/ ${JAVA_HOME:+"$JAVA_HOME"}; do
    home=${home%/}
    [ -x "$home/bin/java" ] || continue
    major=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
    major=${major%%.*}
    if [ -n "$major" ] && [ "$major" -gt "$best_major" ]; then best_major=$major; best=$home; fi
  done
  echo "${best:-${JAVA_HOME:-}}"
}
export JAVA_HOME=${JAVA_HOME_OVERRIDE:-$(newest_jdk)}
JAVA="$JAVA_HOME/bin/java"

need() { # command, Debian package
  command -v "$1" >/dev/null && return
  log "Installing $2 (apt-get)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2") >/dev/null
}

# ---- Database ------------------------------------------------------------------------------------

EMBEDDED=false
if [ -z "${DB_URL:-}" ]; then
  if command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432 \
     && psql -h 127.0.0.1 -U postgres -d postgres -c 'select 1' >/dev/null 2>&1; then
    psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'conduit_load'" | grep -q 1 \
      || psql -h 127.0.0.1 -U postgres -d postgres -c 'CREATE DATABASE conduit_load' >/dev/null
    DB_URL=jdbc:postgresql://127.0.0.1:5432/conduit_load
  else
    EMBEDDED=true
    DB_URL=jdbc:postgresql://127.0.0.1:$EMBEDDED_DB_PORT/postgres
  fi
fi
DB_USER=${DB_USER:-postgres}
# libpq form of the same database, for psql and pgbench.
PG_URI="postgresql://$DB_USER@${DB_URL#jdbc:postgresql://}"

# ---- Conduit -------------------------------------------------------------------------------------

app_pid=""
jar() { ls "$ROOT"/target/conduit-*.jar 2>/dev/null | grep -v original | head -n1; }

build() {
  if [ -z "$(jar)" ] || [ -n "$(find src pom.xml -newer "$(jar)" -type f 2>/dev/null | head -n1)" ]; then
    log "Building Conduit (./mvnw package)"
    ./mvnw -B -q -ntp -DskipTests package
  fi
  log "Compiling the dataset generator and the simulations"
  ./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
  ./mvnw -B -q -ntp -f load-test/pom.xml test-compile
}

start_app() {
  local datasource=(--spring.datasource.url="$DB_URL" --spring.datasource.username="$DB_USER")
  if $EMBEDDED; then
    datasource=(--conduit.embedded-database.directory="$ROOT/target/load-test-postgres" --conduit.embedded-database.port=$EMBEDDED_DB_PORT)
  fi
  log "Starting Conduit on port $PORT ($("$JAVA" -version 2>&1 | head -n1))"
  "$JAVA" ${HEAP_OPTS:--Xms2g -Xmx2g} ${GC_OPTS:--XX:+UseG1GC} -Xlog:gc:file="$RESULTS/gc.log" ${APP_JAVA_OPTS:-} -jar "$(jar)" \
    --server.port=$PORT --management.server.port=$MANAGEMENT_PORT "${datasource[@]}" \
    --conduit.security.jwt.secret=$JWT_SECRET \
    --conduit.benchmark.static-endpoint.enabled=true \
    > "$RESULTS/conduit.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do
    curl -fsS "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" 2>/dev/null | grep -q UP && return
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 1
  done
  log "Conduit did not start:"; tail -40 "$RESULTS/conduit.log"; exit 1
}

stop_app() {
  [ -n "$app_pid" ] || return 0
  kill "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}
trap stop_app EXIT

# ---- Steps ---------------------------------------------------------------------------------------

seed() {
  local scale=$1
  log "Loading the dataset at scale $scale into $DB_URL"
  "$JAVA" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" io.conduit.dataset.DatasetGenerator \
    --url "$DB_URL" --user "$DB_USER" --scale "$scale" | tee "$RESULTS/seed-scale-$scale.log"
  echo "$scale" > "$RESULTS/.scale"
}

dataset_users() { echo $(( $(python3 -c "print(round(10000 * float(open('$RESULTS/.scale').read())))") )); }

# CPU seconds (user + system) of a process, and of the whole machine.
proc_cpu() { awk '{print ($14 + $15) / 100}' "/proc/$1/stat" 2>/dev/null || echo 0; }
machine_busy() { awk '/^cpu / {print ($2 + $3 + $4 + $7 + $8) / 100, ($2 + $3 + $4 + $5 + $6 + $7 + $8) / 100}' /proc/stat; }

# Runs one Gatling simulation; appends a CSV line to $RESULTS/<csv> with its global statistics and
# the CPU use of Conduit and of the machine during the run. Returns Gatling's exit status (assertions).
gatling() { # csv label simulation [-Dname=value ...]
  local csv=$1 label=$2 simulation=$3; shift 3
  local before_app before_machine after_app after_machine status=0 report
  before_app=$(proc_cpu "$app_pid"); before_machine=$(machine_busy)
  ./mvnw -B -q -ntp -f load-test/pom.xml gatling:test -Dgatling.simulationClass="io.conduit.loadtest.$simulation" \
    -DbaseUrl="http://127.0.0.1:$PORT" -DdatasetUsers="$(dataset_users)" "$@" \
    > "$RESULTS/gatling-$label.log" 2>&1 || status=$?
  after_app=$(proc_cpu "$app_pid"); after_machine=$(machine_busy)
  report=$(ls -td load-test/target/gatling/*/ 2>/dev/null | head -n1)
  if ! grep -q "Global Information" "$RESULTS/gatling-$label.log"; then
    log "No Gatling summary for $label:"; tail -30 "$RESULTS/gatling-$label.log"; return 1
  fi
  rm -rf "$RESULTS/reports/$label"; mkdir -p "$RESULTS/reports"; [ -n "$report" ] && cp -r "$report" "$RESULTS/reports/$label"
  python3 load-test/summarize.py "$RESULTS/gatling-$label.log" "$label" "$before_app" "$after_app" \
    "$before_machine" "$after_machine" "$(nproc)" >> "$RESULTS/$csv"
  tail -n1 "$RESULTS/$csv" | tee -a "$RESULTS/run.log"
  return $status
}

header() { # csv
  [ -f "$RESULTS/$1" ] || python3 load-test/summarize.py --header > "$RESULTS/$1"
}

warm_up() {
  log "Warming up (60 s at a third of the nominal rate; not recorded)"
  ./mvnw -B -q -ntp -f load-test/pom.xml gatling:test -Dgatling.simulationClass=io.conduit.loadtest.Capacity \
    -DbaseUrl="http://127.0.0.1:$PORT" -DdatasetUsers="$(dataset_users)" -Drate=$((RATE / 3)) -Dramp=10 -Dduration=50 \
    > "$RESULTS/gatling-warmup.log" 2>&1 || true
}

nominal() {
  header nominal.csv
  log "TenThousandUsers: $RATE requests/s for $DURATION s"
  if gatling nominal.csv "nominal-$RATE" TenThousandUsers -Drate="$RATE" -Dduration="$DURATION"; then
    log "TenThousandUsers passed: no error, p99 under 100 ms"
  else
    log "TenThousandUsers FAILED its assertions (see $RESULTS/gatling-nominal-$RATE.log)"
  fi
}

capacity() {
  header capacity.csv
  local held=0 rate
  for rate in $CAPACITY_RATES; do
    log "Capacity step: $rate requests/s for $STEP_DURATION s"
    if gatling capacity.csv "capacity-$rate" Capacity -Drate="$rate" -Dramp=10 -Dduration="$STEP_DURATION"; then
      held=$rate
    else
      log "Capacity: $rate requests/s did not hold (p99 >= 100 ms or errors >= 0.1%)"
      break
    fi
  done
  echo "$held" > "$RESULTS/capacity-knee.txt"
  log "Capacity: the highest rate that held is $held requests/s"
}

endpoints() { # label suffix, endpoint list
  local suffix=${1:-} list=${2:-"static list tag feed article comments tags profile favorite login"} endpoint
  header endpoints.csv
  for endpoint in $list; do
    log "Endpoint $endpoint at concurrency $CONCURRENCY for $ENDPOINT_DURATION s"
    gatling endpoints.csv "endpoint-$endpoint$suffix" Endpoints -Dendpoint="$endpoint" \
      -Dconcurrency="$CONCURRENCY" -Dduration="$ENDPOINT_DURATION" || true
  done
}

pgbench_ceiling() { # label suffix
  need pgbench postgresql-client
  local suffix=${1:-} script
  [ -f "$RESULTS/pgbench.csv" ] || echo "label,tps,latency_ms" > "$RESULTS/pgbench.csv"
  local users articles
  users=$(psql "$PG_URI" -tAc 'SELECT max(id) FROM users'); articles=$(psql "$PG_URI" -tAc 'SELECT max(id) FROM articles')
  for script in load-test/pgbench/*.sql; do
    local name; name=$(basename "$script" .sql)
    log "pgbench $name: the endpoint's SQL straight against PostgreSQL, $CONCURRENCY clients, $ENDPOINT_DURATION s"
    pgbench -n -M prepared -c "$CONCURRENCY" -j 2 -T "$ENDPOINT_DURATION" -D users="$users" -D articles="$articles" \
      -f "$script" "$PG_URI" > "$RESULTS/pgbench-$name$suffix.log" 2>&1 || { tail "$RESULTS/pgbench-$name$suffix.log"; continue; }
    awk -v label="$name$suffix" '/^tps/ {tps=$3} /latency average/ {lat=$4} END {print label "," tps "," lat}' \
      "$RESULTS/pgbench-$name$suffix.log" | tee -a "$RESULTS/pgbench.csv"
  done
}

# The nominal workload once more, recorded by JFR in Conduit's JVM once it is warm (settings
# "profile": a sample of the running threads every 10 to 20 ms), then the share of CPU samples by library.
profile() {
  [ -n "$app_pid" ] || start_app
  warm_up
  header profile.csv
  log "Profile: TenThousandUsers at $RATE requests/s for $PROFILE_DURATION s under JFR"
  rm -f "$RESULTS/gatling-profile-$RATE.log" "$RESULTS/conduit.jfr"
  gatling profile.csv "profile-$RATE" TenThousandUsers -Drate="$RATE" -Dduration="$PROFILE_DURATION" &
  local runner=$!
  # Record from the start of the workload itself, not before: the simulation first signs in its 200
  # readers and writers, 200 bcrypt hashes in a row that would dominate the profile.
  for _ in $(seq 1 300); do
    grep -q "Simulation .* started" "$RESULTS/gatling-profile-$RATE.log" 2>/dev/null && break
    sleep 1
  done
  "$JAVA_HOME/bin/jcmd" "$app_pid" JFR.start name=load settings=profile duration="${PROFILE_DURATION}s" \
    filename="$RESULTS/conduit.jfr" >/dev/null
  wait "$runner" || true
  for _ in $(seq 1 30); do [ -s "$RESULTS/conduit.jfr" ] && break; sleep 1; done
  python3 load-test/jfr-summary.py "$RESULTS/conduit.jfr" "$JAVA_HOME" | tee "$RESULTS/profile.md"
}

charts() {
  need gnuplot gnuplot-nox
  bash load-test/charts.sh "$RESULTS" "$ROOT/docs/capacity"
}

machine() {
  {
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "cpu: $(nproc) x $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "java: $("$JAVA" -version 2>&1 | head -n1)"
    echo "postgresql: $(psql "$PG_URI" -tAc 'SHOW server_version' 2>/dev/null || echo embedded)"
    echo "database: $DB_URL"
    echo "conduit: $(git rev-parse --short HEAD 2>/dev/null)"
  } > "$RESULTS/machine.txt"
  cat "$RESULTS/machine.txt"
}

command=${1:-all}
case "$command" in
  seed) build; $EMBEDDED && start_app; seed "${2:-1}" ;;
  nominal | capacity | endpoints)
    build; start_app; [ -f "$RESULTS/.scale" ] || seed 1; warm_up; "$command"; [ "$command" = endpoints ] && pgbench_ceiling ;;
  profile) build; start_app; [ -f "$RESULTS/.scale" ] || seed 1; profile ;;
  scale10)
    build; start_app; seed 10; stop_app; start_app; warm_up
    endpoints "-scale10" "list feed"; pgbench_ceiling "-scale10" ;;
  charts) charts ;;
  all)
    rm -rf "$RESULTS"; mkdir -p "$RESULTS"
    build; start_app; machine
    seed 1; stop_app; start_app; warm_up
    nominal; capacity; endpoints; pgbench_ceiling
    profile
    seed 10; stop_app; start_app; warm_up
    endpoints "-scale10" "list feed"; pgbench_ceiling "-scale10"
    stop_app; charts ;;
  *) sed -n '2,20p' "$0"; exit 2 ;;
esac
