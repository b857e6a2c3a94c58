#!/usr/bin/env bash
# ./xq — the XinQiao network on this machine, on real parts, without Docker:
# a Kafka KRaft broker from Apache Kafka's jars, the MongoDB wire server persisting under ./data,
# Keycloak from its Maven Central distribution with the realm from deploy/keycloak, and the five
# services, seeded with demo data.
#
#   ./xq up [--detach] [--rebuild]   start what is not running, wait until healthy, seed, print how to call it
#   ./xq status                      what runs, with pids and health
#   ./xq logs <name>                 follow a log (gateway, matching, booking, crisis, records, kafka, mongo, keycloak)
#   ./xq demo                        walk the main journey through the gateway
#   ./xq down                        stop what ./xq started (by pid), nothing else
#   ./xq bench <what> [args]         run a benchmark: gateway, booking, matching, crisis, records
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
STATE="$ROOT/.xq"
LOGS="$STATE/logs"
PIDS="$STATE/pids"
DATA="$ROOT/data"
VERSION=0.1.0-SNAPSHOT
KC_VERSION=26.5.6
KC_DIST="$ROOT/target/keycloak/keycloak-$KC_VERSION"   # unpacked by the build; the tests use it too
KC_HOME="$ROOT/data/keycloak-$KC_VERSION"              # ./xq's own copy, so tests and ./xq never share a database
KAFKA_CLUSTER_ID=WHEtUWlhby1MG9jYWwtMQA

MONGO_PORT=${XQ_MONGO_PORT:-27017}
KAFKA_PORT=${XQ_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${XQ_KAFKA_CONTROLLER_PORT:-9093}
KC_PORT=${XQ_KEYCLOAK_PORT:-8180}
GATEWAY_PORT=8080
declare -A SERVICE_PORT=([matching]=8081 [booking]=8082 [crisis]=8083 [records]=8084 [gateway]=8080)
SERVICES=(matching booking crisis records)

mkdir -p "$LOGS" "$PIDS" "$DATA"

say()  { printf '\033[1m%s\033[0m\n' "$*"; }
step() { printf '  %-28s' "$1"; }
ok()   { printf '\033[32m%s\033[0m\n' "${1:-ok}"; }
fail() { printf '\033[31m%s\033[0m\n' "$*"; exit 1; }

pid_of()  { [ -f "$PIDS/$1" ] && cat "$PIDS/$1" || true; }
alive()   { local p; p=$(pid_of "$1"); [ -n "$p" ] && kill -0 "$p" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for <name> <seconds> <command...>: poll until the command succeeds, showing progress
wait_for() {
  local name=$1 limit=$2; shift 2
  local start=$SECONDS
  while ! "$@" >/dev/null 2>&1; do
    if ! alive "$name"; then
      echo; tail -n 30 "$LOGS/$name.log" 2>/dev/null; fail "$name stopped while starting (log: $LOGS/$name.log)"
    fi
    if (( SECONDS - start > limit )); then
      echo; tail -n 30 "$LOGS/$name.log" 2>/dev/null; fail "$name not ready after ${limit}s (log: $LOGS/$name.log)"
    fi
    printf '.'; sleep 1
  done
  ok " ready in $((SECONDS - start))s"
}

healthy() { curl -fsS "http://127.0.0.1:$1/actuator/health" | grep -q '"UP"'; }

build() {
  local missing=0
  for m in gateway matching-service booking-service crisis-service records-service; do
    ls "$ROOT/$m/target/$m-$VERSION.jar" >/dev/null 2>&1 || missing=1
  done
  [ -f "$ROOT/local-launcher/target/launcher.classpath" ] || missing=1
  [ -d "$KC_DIST" ] || missing=1
  if [ "$missing" = 1 ] || [ "${REBUILD:-0}" = 1 ]; then
    step "build (first time: minutes)"
    if ./mvnw -q -B -ntp install -DskipTests > "$LOGS/build.log" 2>&1; then ok; else tail -n 40 "$LOGS/build.log"; fail "build failed"; fi
  fi
}

launch() { # launch <name> <command...>
  local name=$1; shift
  nohup "$@" >> "$LOGS/$name.log" 2>&1 &
  echo $! > "$PIDS/$name"
}

start_mongo() {
  step "mongodb wire server :$MONGO_PORT"
  if alive mongo; then ok "running"; return; fi
  port_open "$MONGO_PORT" && fail "port $MONGO_PORT is taken by something ./xq did not start"
  launch mongo java -Xmx512m -cp "$(cat local-launcher/target/launcher.classpath):local-launcher/target/classes" \
    org.xinqiao.launcher.MongoWire "$MONGO_PORT" "$DATA/mongo/xinqiao.mv"
  wait_for mongo 60 port_open "$MONGO_PORT"
}

start_kafka() {
  step "kafka (KRaft) :$KAFKA_PORT"
  if alive kafka; then ok "running"; return; fi
  port_open "$KAFKA_PORT" && fail "port $KAFKA_PORT is taken by something ./xq did not start"
  local dir="$DATA/kafka" cp
  cp="$(cat local-launcher/target/launcher.classpath)"
  mkdir -p "$dir"
  cat > "$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/logs
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
PROPS
  cat > "$dir/logback.xml" <<'XML'
<configuration><appender name="OUT" class="ch.qos.logback.core.ConsoleAppender"><encoder><pattern>%d %-5level %logger{36} - %msg%n</pattern></encoder></appender><root level="INFO"><appender-ref ref="OUT"/></root></configuration>
XML
  if [ ! -f "$dir/logs/meta.properties" ]; then
    java -cp "$cp" -Dlogback.configurationFile="$dir/logback.xml" kafka.tools.StorageTool format --standalone \
      --ignore-formatted -t "$KAFKA_CLUSTER_ID" -c "$dir/server.properties" >> "$LOGS/kafka.log" 2>&1
  fi
  launch kafka java -Xms128m -Xmx512m -Dlogback.configurationFile="$dir/logback.xml" -cp "$cp" kafka.Kafka "$dir/server.properties"
  wait_for kafka 90 port_open "$KAFKA_PORT"
}

start_keycloak() {
  step "keycloak :$KC_PORT"
  if alive keycloak; then ok "running"; return; fi
  port_open "$KC_PORT" && fail "port $KC_PORT is taken by something ./xq did not start"
  if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    rm -rf "$KC_HOME" && cp -a "$KC_DIST" "$KC_HOME" && rm -rf "$KC_HOME/data/h2"
  fi
  mkdir -p "$KC_HOME/data/import"
  cp "$ROOT/deploy/keycloak/xinqiao-realm.json" "$KC_HOME/data/import/"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="${XQ_KEYCLOAK_ADMIN_PASSWORD:-admin-dev-only}" \
  JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    launch keycloak "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KC_PORT" \
      --hostname="http://127.0.0.1:$KC_PORT" --import-realm --http-management-port="$((KC_PORT + 1000))"
  wait_for keycloak 180 curl -fsS "http://127.0.0.1:$KC_PORT/realms/xinqiao/.well-known/openid-configuration"
}

start_service() { # start_service <name>
  local name=$1 port=${SERVICE_PORT[$1]} module jar
  module=$([ "$name" = gateway ] && echo gateway || echo "$name-service")
  jar="$ROOT/$module/target/$module-$VERSION.jar"
  step "$module :$port"
  if alive "$name"; then ok "running"; return; fi
  port_open "$port" && fail "port $port is taken by something ./xq did not start"
  XQ_MONGO_URI="mongodb://127.0.0.1:$MONGO_PORT/$name" \
  XQ_KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT" \
  XQ_ISSUER_URI="http://127.0.0.1:$KC_PORT/realms/xinqiao" \
  XINQIAO_SECURITY_ISSUER_URI="http://127.0.0.1:$KC_PORT/realms/xinqiao" \
  SERVER_ADDRESS=127.0.0.1 \
  MANAGEMENT_HEALTH_MONGODB_ENABLED=false \
    launch "$name" java -Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar"
  ok "started (pid $(pid_of "$name"))"
}

up() {
  local detach=0
  for a in "$@"; do
    case $a in
      --detach|-d) detach=1 ;;
      --rebuild) REBUILD=1 ;;
      *) fail "unknown option $a" ;;
    esac
  done
  say "Starting XinQiao on this machine (state in .xq/, data in data/)"
  build
  start_mongo
  start_kafka
  start_keycloak
  for s in "${SERVICES[@]}" gateway; do start_service "$s"; done
  for s in "${SERVICES[@]}" gateway; do
    step "  waiting for $s"
    wait_for "$s" 180 healthy "${SERVICE_PORT[$s]}"
  done
  step "demo data"
  if java -cp "$(cat local-launcher/target/launcher.classpath):local-launcher/target/classes" \
      org.xinqiao.launcher.Seed "http://127.0.0.1:$GATEWAY_PORT" "http://127.0.0.1:$KC_PORT" >> "$LOGS/seed.log" 2>&1; then
    ok "seeded (log: .xq/logs/seed.log)"
  else
    printf '\033[33m%s\033[0m\n' "seeding did not finish; see .xq/logs/seed.log (the network runs)"
  fi
  cat <<INFO

XinQiao is up.
  gateway     http://127.0.0.1:$GATEWAY_PORT/api/v1   (OpenAPI index: http://127.0.0.1:$GATEWAY_PORT/openapi)
  keycloak    http://127.0.0.1:$KC_PORT  realm xinqiao  (admin console: admin / admin-dev-only — dev only)
  demo users  client.demo counselor.demo supervisor.demo clinicadmin.demo responder.tibet responder.backup
              ops.demo auditor.demo — password demo-password (dev only)
  partner app demo-partner-app / demo-partner-secret (client credentials, dev only)

First call:
  TOKEN=\$(curl -s -d grant_type=client_credentials -d client_id=demo-partner-app -d client_secret=demo-partner-secret \\
    http://127.0.0.1:$KC_PORT/realms/xinqiao/protocol/openid-connect/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
  curl -s -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:$GATEWAY_PORT/api/v1/regions

  ./xq status · ./xq logs <name> · ./xq demo · ./xq down
INFO
  if [ "$detach" = 0 ]; then
    say "Following the gateway log; Ctrl-C stops the network."
    trap 'down; exit 0' INT TERM
    tail -n 0 -f "$LOGS/gateway.log" & wait $!
  fi
}

down() {
  say "Stopping what ./xq started"
  for name in gateway "${SERVICES[@]}" keycloak kafka mongo; do
    local p; p=$(pid_of "$name")
    [ -n "$p" ] || continue
    if kill -0 "$p" 2>/dev/null; then
      step "$name (pid $p)"
      pkill -TERM -P "$p" 2>/dev/null || true
      kill -TERM "$p" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$p" 2>/dev/null || break; sleep 1; done
      kill -0 "$p" 2>/dev/null && { pkill -KILL -P "$p" 2>/dev/null || true; kill -KILL "$p" 2>/dev/null || true; }
      ok stopped
    fi
    rm -f "$PIDS/$name"
  done
}

status() {
  for name in mongo kafka keycloak "${SERVICES[@]}" gateway; do
    local p state
    p=$(pid_of "$name")
    if alive "$name"; then
      state="running (pid $p)"
      if [ -n "${SERVICE_PORT[$name]:-}" ]; then
        healthy "${SERVICE_PORT[$name]}" && state="$state, healthy" || state="$state, not healthy"
      fi
    else
      state="stopped"
    fi
    printf '  %-10s %s\n' "$name" "$state"
  done
}

logs() {
  [ -n "${1:-}" ] || fail "usage: ./xq logs <gateway|matching|booking|crisis|records|kafka|mongo|keycloak|seed|build>"
  [ -f "$LOGS/$1.log" ] || fail "no log for $1 yet"
  tail -n 100 -f "$LOGS/$1.log"
}

demo() {
  java -cp "$(cat local-launcher/target/launcher.classpath):local-launcher/target/classes" \
    org.xinqiao.launcher.Demo "http://127.0.0.1:$GATEWAY_PORT" "http://127.0.0.1:$KC_PORT"
}

bench() {
  local what=${1:-}; shift || true
  local module main
  case $what in
    gateway)  module=gateway;          main=org.xinqiao.gateway.bench.GatewayBenchmark
              # the benchmark also calls the real matching-service, started from its jar
              ./mvnw -q -B -ntp -pl matching-service -am -DskipTests install ;;
    booking)  module=booking-service;  main=org.xinqiao.booking.bench.SlotClaimBenchmark ;;
    matching) module=matching-service; main=org.xinqiao.matching.bench.MatchingBenchmark ;;
    crisis)   module=crisis-service;   main=org.xinqiao.crisis.bench.CrisisBenchmark ;;
    records)  module=records-service;  main=org.xinqiao.records.bench.RecordsBenchmark ;;
    *) fail "usage: ./xq bench <gateway|booking|matching|crisis|records> [arguments, see the module's README]" ;;
  esac
  ./mvnw -q -B -ntp -pl "$module" -am -DskipTests install
  ./mvnw -q -B -ntp -pl "$module" test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$ROOT/$module/target/bench.classpath"
  (cd "$ROOT/$module" && java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$main" "$@")
}

cmd=${1:-help}; shift || true
case $cmd in
  up) up "$@" ;;
  down) down ;;
  status) status ;;
  logs) logs "$@" ;;
  demo) demo ;;
  bench) bench "$@" ;;
  *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' ;;
esac
