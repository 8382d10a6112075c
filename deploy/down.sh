#!/usr/bin/env bash
# Stops everything deploy/up.sh started, by PID: the services, the model server, Kafka and PostgreSQL.
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"
"$MC_ROOT/deploy/services.sh" stop
"$MC_ROOT/deploy/llm.sh" stop
"$MC_ROOT/deploy/kafka.sh" stop
"$MC_ROOT/deploy/postgres.sh" stop
log "stopped"
