#!/usr/bin/env bash
# All the tests, on the real servers: installs and starts what they need (idempotent), then runs the
# Java unit and integration tests (Maven), the checker's pytest suite, the end-to-end tests and the short fault suite.
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"

"$MC_ROOT/deploy/install.sh" --for-tests
"$MC_ROOT/deploy/postgres.sh" start
"$MC_ROOT/deploy/kafka.sh" start

# The Quarkus tests get their own database and a fresh topic prefix, so a running demo is not disturbed.
export MODELCRAFT_TOPIC_PREFIX="test$(date +%Y%m%d%H%M%S)."
export MODELCRAFT_PYTHON="$MC_VENV/bin/python"
"$MC_ROOT/deploy/postgres.sh" createdb modelcraft_test
"$MC_ROOT/deploy/kafka.sh" topics "$MODELCRAFT_TOPIC_PREFIX"
export DATABASE_URL="jdbc:postgresql://127.0.0.1:$MC_PG_PORT/modelcraft_test"

status=0
(cd "$MC_ROOT" && mvn -B verify) || status=$?
unset MODELCRAFT_TOPIC_PREFIX DATABASE_URL
(cd "$MC_ROOT/compiler-worker/python" && "$MC_VENV/bin/python" -m pytest -q) || status=$?
if [ -f "$MC_ROOT/api-gateway/target/quarkus-app/quarkus-run.jar" ]; then
  (cd "$MC_ROOT/deploy/e2e" && "$MC_VENV/bin/python" -m pytest -q -p no:cacheprovider) || status=$?
  # The short fault suite: 30 jobs on two replicas of every service, each kind of fault once, a reconciliation table.
  "$MC_VENV/bin/python" "$MC_ROOT/deploy/faults/fault_suite.py" --short || status=$?
else
  log "the services were not built; end-to-end tests not run"; status=1
fi
exit $status
