# Shared settings for the deploy scripts. Every value can be overridden from the environment.
MC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MC_STATE="${MC_STATE:-$MC_ROOT/.local}"
MC_PYTHON="${MC_PYTHON:-}"
MC_VENV="${MC_VENV:-$MC_STATE/venv}"
MC_KAFKA_LIBS="$MC_STATE/kafka/libs"
MC_PG_BIN="${MC_PG_BIN:-/usr/lib/postgresql/15/bin}"
MC_PG_PORT="${MC_PG_PORT:-55432}"
MC_PG_DB="${MC_PG_DB:-modelcraft}"
MC_KAFKA_PORT="${MC_KAFKA_PORT:-59092}"
MC_KAFKA_CONTROLLER_PORT="${MC_KAFKA_CONTROLLER_PORT:-59093}"
MC_KAFKA_BOOTSTRAP="127.0.0.1:$MC_KAFKA_PORT"
MC_TOPICS="jobs.requested jobs.events compile.requested compile.completed jobs.requested.dlq jobs.events.dlq compile.requested.dlq compile.completed.dlq jobs.cancel-requested jobs.cancel-requested.dlq jobs.drafts"

log() { printf '[modelcraft] %s\n' "$*" >&2; }

# Waits until "$@" succeeds, for at most $MC_WAIT seconds (default 60).
wait_for() {
  local deadline=$(( $(date +%s) + ${MC_WAIT:-60} ))
  until "$@" >/dev/null 2>&1; do
    if [ "$(date +%s)" -ge "$deadline" ]; then return 1; fi
    sleep 0.3
  done
}

# A killed process nobody reaped (a zombie) counts as dead.
pid_alive() {
  [ -f "$1" ] || return 1
  local pid; pid="$(cat "$1")"
  kill -0 "$pid" 2>/dev/null && ! grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null
}

# The embedded model (deploy/llm.sh), the default LLM when no provider is configured. MC_LLM names an entry of
# deploy/llm/models.json, or "scripted" for the deterministic stand-in. One slot: on two cores parallel
# decodes share the same CPU (measured: 4 slots gave 3-4 tokens/s each against 10-25 for one).
MC_LLM="${MC_LLM:-qwen2.5-coder-1.5b}"
MC_LLM_PORT="${MC_LLM_PORT:-8088}"
MC_LLM_CTX="${MC_LLM_CTX:-16384}"
MC_LLM_SLOTS="${MC_LLM_SLOTS:-1}"
MC_LLM_THREADS="${MC_LLM_THREADS:-$(nproc)}"
# The sampler's seed for every request that names none: the same prompt gets the same reply, so a re-run batch
# (and the quality benchmark) differs only where its prompts or checks differ. "random" for a fresh seed each time.
MC_LLM_SEED="${MC_LLM_SEED:-20261202}"
MC_LLM_VENV="${MC_LLM_VENV:-$MC_STATE/llm-venv}"
MC_MODEL_CACHE="${MC_MODEL_CACHE:-$HOME/.cache/modelcraft/models}"
