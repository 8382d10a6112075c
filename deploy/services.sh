#!/usr/bin/env bash
# Starts or stops the three ModelCraft services and a local webhook receiver as background processes with
# PID files. The LLM: LLM_BASE_URL if set; else the embedded model (deploy/llm.sh, left running by stop);
# MC_LLM=scripted chooses the scripted stand-in.
# Usage: services.sh start|stop        Settings (environment): see the defaults below.
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"

MC_RUN="${MC_RUN:-$MC_STATE/run}"
GATEWAY_HTTP_PORT="${GATEWAY_HTTP_PORT:-8080}"
AGENT_HTTP_PORT="${AGENT_HTTP_PORT:-8081}"
WORKER_HTTP_PORT="${WORKER_HTTP_PORT:-8082}"
SCRIPTED_LLM_PORT="${SCRIPTED_LLM_PORT:-8089}"
WEBHOOK_RECEIVER_PORT="${WEBHOOK_RECEIVER_PORT:-8090}"
# Replicas of each service (the fault suite runs two): replica R > 1 is NAME-R, on each port + 100 * (R - 1); its
# worker runs checks as uids 1000 * (R - 1) above the first replica's, since a process limit counts per uid.
MC_REPLICAS="${MC_REPLICAS:-1}"
MODELCRAFT_TOPIC_PREFIX="${MODELCRAFT_TOPIC_PREFIX:-}"
SCRIPTED_LLM_SCRIPT="${SCRIPTED_LLM_SCRIPT:-$MC_ROOT/deploy/scripted-llm/grizzly.json}"
DATABASE_URL="${DATABASE_URL:-jdbc:postgresql://127.0.0.1:$MC_PG_PORT/$MC_PG_DB}"
# C1 only: on two cores the C2 compiler's threads of three JVMs take the CPU that messages and checks need
# (measured: orchestration overhead per iteration p50 25 -> 17 ms). The gateway has its own setting: where it
# has cores of its own, C2 (MC_GATEWAY_JVM_OPTS="") serves more submits once warm (measured here: 2,800-3,600/s
# against 2,150-2,450/s with C1), but here its compiling slowed a 1,000-job batch from 183 s to 233 s.
MC_SERVICE_JVM_OPTS="${MC_SERVICE_JVM_OPTS--XX:TieredStopAtLevel=1}"
MC_GATEWAY_JVM_OPTS="${MC_GATEWAY_JVM_OPTS-$MC_SERVICE_JVM_OPTS}"

# The operator's token for the gateway's /admin API (tenants and their keys), kept in $MC_STATE.
admin_token() {
  if [ -n "${MODELCRAFT_ADMIN_TOKEN:-}" ]; then echo "$MODELCRAFT_ADMIN_TOKEN"; return; fi
  local file="$MC_STATE/admin-token"
  [ -f "$file" ] || (umask 077; head -c 32 /dev/urandom | base64 | tr -d '/+=' > "$file")
  cat "$file"
}

# The services' own settings in the caller's environment (the README's configuration table); every other
# variable stays out of the services.
passed_settings() {
  local name
  while IFS= read -r name; do
    if [[ "$name" =~ ^(MODELCRAFT|LLM|ANTHROPIC|QUARKUS|DATABASE|KAFKA)_ ]]; then printf '%s=%s\0' "$name" "${!name}"; fi
  done < <(compgen -e)
}

# Starts "$@" in the background with the passed settings and the given environment (which wins); logs to
# $MC_RUN/NAME.log, appended, so that a restart keeps what a killed process wrote.
launch() {
  local name="$1"; shift
  if pid_alive "$MC_RUN/$name.pid"; then log "$name already running (pid $(cat "$MC_RUN/$name.pid"))"; return; fi
  local settings=()
  mapfile -d '' settings < <(passed_settings)
  nohup env -i PATH="/usr/local/bin:/usr/bin:/bin" HOME="$MC_RUN" LANG=C.UTF-8 "${settings[@]}" "$@" \
    >> "$MC_RUN/$name.log" 2>&1 &
  echo $! > "$MC_RUN/$name.pid"
}

replica_name() { if [ "$2" = 1 ]; then echo "$1"; else echo "$1-$2"; fi; }

# The port of replica $2 of a service whose first replica has port $1, recorded in $MC_RUN/$3.port for the
# callers that talk to each replica (the fault suite).
replica_port() {
  local port=$(( $1 + 100 * ($2 - 1) ))
  echo "$port" > "$MC_RUN/$3.port"
  echo "$port"
}

# A setting of the worker's application.properties, where the sandbox limits are defined once.
worker_setting() {
  sed -n "s/^$1=//p" "$MC_ROOT/compiler-worker/src/main/resources/application.properties"
}

service_jar() {
  local jar="$MC_ROOT/$1/target/quarkus-app/quarkus-run.jar"
  [ -f "$jar" ] || { log "$jar is missing: build with 'mvn -B package -DskipTests' first"; exit 1; }
  echo "$jar"
}

wait_healthy() {
  local name="$1" port="$2"
  if ! MC_WAIT=120 wait_for curl -fsS "http://127.0.0.1:$port/q/health/ready"; then
    log "$name did not become ready; last lines of $MC_RUN/$name.log:"; tail -30 "$MC_RUN/$name.log" >&2; exit 1
  fi
}

start() {
  mkdir -p "$MC_RUN"
  local admin llm_url="${LLM_BASE_URL:-}" llm_key="${LLM_API_KEY:-}" llm_model="${LLM_MODEL:-}"
  admin="$(admin_token)"
  local llm_defaults=()
  if [ -z "$llm_url" ] && [ "$MC_LLM" != scripted ]; then
    "$MC_ROOT/deploy/llm.sh" start
    llm_url="$("$MC_ROOT/deploy/llm.sh" url)"; llm_key="local"; llm_model="$MC_LLM"
    # A slow local model: long generations are normal, and one call per slot at a time. A small one repairs
    # its programs rarely, so a failed attempt is answered with a new draw, and each question shows the worked
    # example closest to the problem, of the kind of answer the problem asks for (prompts v13; deploy/bench/results).
    llm_defaults=(LLM_TIMEOUT="${LLM_TIMEOUT:-600s}" LLM_CALL_TIMEOUT_SECONDS="${LLM_CALL_TIMEOUT_SECONDS:-900}"
                  LLM_MAX_OUTPUT_TOKENS="${LLM_MAX_OUTPUT_TOKENS:-1536}"
                  LLM_CONCURRENT_CALLS="${LLM_CONCURRENT_CALLS:-openai:$MC_LLM_SLOTS}"
                  MODELCRAFT_AGENT_TURN_THREADS="${MODELCRAFT_AGENT_TURN_THREADS:-$MC_LLM_SLOTS}"
                  MODELCRAFT_AGENT_PROMPT_VERSION="${MODELCRAFT_AGENT_PROMPT_VERSION:-v13}")
    log "LLM: the embedded model $MC_LLM at $llm_url (small and local; set LLM_BASE_URL, LLM_API_KEY and LLM_MODEL for a stronger one)"
  elif [ -z "$llm_url" ]; then
    local scripts=() script_files=() script
    IFS=: read -ra script_files <<< "$SCRIPTED_LLM_SCRIPT"
    for script in "${script_files[@]}"; do scripts+=(--script "$script"); done
    launch scripted-llm "$MC_VENV/bin/python" "$MC_ROOT/deploy/scripted-llm/scripted_llm.py" \
      "${scripts[@]}" --port "$SCRIPTED_LLM_PORT" --log "$MC_RUN/scripted-llm-requests.jsonl"
    llm_url="http://127.0.0.1:$SCRIPTED_LLM_PORT/v1/"; llm_key="stand-in"; llm_model="scripted"
    log "LLM: the scripted stand-in at $llm_url (MC_LLM=scripted; deterministic, for tests and the scripted demo)"
  fi
  launch webhook-receiver "$MC_VENV/bin/python" "$MC_ROOT/deploy/webhook-receiver/webhook_receiver.py" \
    --secrets "$MC_RUN/webhook-secrets.json" --port "$WEBHOOK_RECEIVER_PORT" --log "$MC_RUN/webhooks-received.jsonl"
  local allowed="${MODELCRAFT_ALLOWED_MODELS:-openai:${llm_model:-gpt-4o-mini}}"
  local common=(KAFKA_BOOTSTRAP_SERVERS="$MC_KAFKA_BOOTSTRAP" MODELCRAFT_TOPIC_PREFIX="$MODELCRAFT_TOPIC_PREFIX"
                MODELCRAFT_ALLOWED_MODELS="$allowed")
  local replica worker agent gateway
  for replica in $(seq 1 "$MC_REPLICAS"); do
    worker="$(replica_name compiler-worker "$replica")"; agent="$(replica_name agent-service "$replica")"
    gateway="$(replica_name api-gateway "$replica")"
    launch "$worker" "${common[@]}" WORKER_HTTP_PORT="$(replica_port "$WORKER_HTTP_PORT" "$replica" "$worker")" \
      MODELCRAFT_SANDBOX_FIRST_UID="$(( ${MODELCRAFT_SANDBOX_FIRST_UID:-$(worker_setting modelcraft.sandbox.first-uid)} + 1000 * (replica - 1) ))" \
      MODELCRAFT_PYTHON="$MC_VENV/bin/python" MODELCRAFT_SANDBOX_LAUNCHER="$MC_ROOT/compiler-worker/bin/sandbox-server" \
      MODELCRAFT_CHECK_TIMEOUT="${MODELCRAFT_CHECK_TIMEOUT:-60s}" \
      java -Xmx384m $MC_SERVICE_JVM_OPTS -jar "$(service_jar compiler-worker)"
    launch "$agent" "${common[@]}" AGENT_HTTP_PORT="$(replica_port "$AGENT_HTTP_PORT" "$replica" "$agent")" \
      DATABASE_URL="$DATABASE_URL" LLM_BASE_URL="$llm_url" LLM_API_KEY="$llm_key" LLM_MODEL="${llm_model:-gpt-4o-mini}" \
      "${llm_defaults[@]}" \
      java -Xmx384m $MC_SERVICE_JVM_OPTS -jar "$(service_jar agent-service)"
    launch "$gateway" "${common[@]}" GATEWAY_HTTP_PORT="$(replica_port "$GATEWAY_HTTP_PORT" "$replica" "$gateway")" \
      DATABASE_URL="$DATABASE_URL" \
      MODELCRAFT_ADMIN_TOKEN="$admin" MODELCRAFT_OUTBOX_PUBLISHING="${MODELCRAFT_OUTBOX_PUBLISHING:-true}" \
      MODELCRAFT_TENANT_RATE="${MODELCRAFT_TENANT_RATE:-50}" MODELCRAFT_TENANT_BURST="${MODELCRAFT_TENANT_BURST:-100}" \
      MODELCRAFT_WEBHOOK_ALLOWED_HOSTS="${MODELCRAFT_WEBHOOK_ALLOWED_HOSTS:-127.0.0.1,localhost}" \
      MODELCRAFT_DEMO_KEY_FILE="${MODELCRAFT_DEMO_KEY_FILE:-$MC_STATE/demo-api-key}" \
      java -Xmx384m $MC_GATEWAY_JVM_OPTS -jar "$(service_jar api-gateway)"
  done
  for replica in $(seq 1 "$MC_REPLICAS"); do
    for name in compiler-worker agent-service api-gateway; do
      name="$(replica_name "$name" "$replica")"
      wait_healthy "$name" "$(cat "$MC_RUN/$name.port")"
    done
  done
  log "services up: gateway http://127.0.0.1:$GATEWAY_HTTP_PORT (logs in $MC_RUN)"
}

stop() {
  local pidfile
  for pidfile in "$MC_RUN"/api-gateway*.pid "$MC_RUN"/agent-service*.pid "$MC_RUN"/compiler-worker*.pid \
                 "$MC_RUN/webhook-receiver.pid" "$MC_RUN/scripted-llm.pid"; do
    if pid_alive "$pidfile"; then
      kill "$(cat "$pidfile")"
      local i; for i in $(seq 1 50); do pid_alive "$pidfile" || break; sleep 0.2; done
      pid_alive "$pidfile" && kill -9 "$(cat "$pidfile")"
    fi
    rm -f "$pidfile"
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
