#!/usr/bin/env bash
# The whole stack on this machine and the demo: installs what is missing, starts PostgreSQL, Kafka, the
# embedded model server and the three services (LLM_BASE_URL names another provider; MC_LLM=scripted the
# scripted stand-in), then runs the grizzly-bear demo. Safe to run again. Stop everything with deploy/down.sh.
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"

"$MC_ROOT/deploy/install.sh"
"$MC_ROOT/deploy/postgres.sh" start
"$MC_ROOT/deploy/kafka.sh" start
log "building the services"
(cd "$MC_ROOT" && mvn -B -q package -DskipTests)
# A second run restarts the services, so that what was just built is what runs.
"$MC_ROOT/deploy/services.sh" stop
"$MC_ROOT/deploy/services.sh" start

run="${MC_RUN:-$MC_STATE/run}"
log "running the demo: the grizzly-bear problem"
(cd "$MC_ROOT/deploy/demo" && "$MC_VENV/bin/python" run_demo.py \
  --gateway "http://127.0.0.1:${GATEWAY_HTTP_PORT:-8080}" --problems grizzly-bears.jsonl \
  --webhook-url "http://127.0.0.1:${WEBHOOK_RECEIVER_PORT:-8090}/demo" --webhook-log "$run/webhooks-received.jsonl" \
  --webhook-secrets "$run/webhook-secrets.json" --admin-token "${MODELCRAFT_ADMIN_TOKEN:-$(cat "$MC_STATE/admin-token")}" \
  --key-file "$MC_STATE/demo-api-key")

cat <<TXT

Where to look:
  Web page        http://127.0.0.1:${GATEWAY_HTTP_PORT:-8080}/ ("Use this machine's demo key" there, once)
  API             http://127.0.0.1:${GATEWAY_HTTP_PORT:-8080}/api/v1/jobs
  Demo API key    $MC_STATE/demo-api-key (send it as "Authorization: Bearer <key>")
  Admin token     $MC_STATE/admin-token (the /admin/v1 API: tenants and keys)
  Swagger UI      http://127.0.0.1:${GATEWAY_HTTP_PORT:-8080}/q/swagger-ui
  Health          http://127.0.0.1:${GATEWAY_HTTP_PORT:-8080}/q/health
  Service logs    $run/*.log
  Webhooks        $run/webhooks-received.jsonl
  Model server    $run/llm.log (the embedded model; $run/scripted-llm-requests.jsonl with MC_LLM=scripted)
Stop everything:  deploy/down.sh
TXT
