#!/usr/bin/env bash
# Installs what ModelCraft needs on this machine; safe to run again (each step checks first).
# With --for-tests (deploy/test.sh), also what only the tests need: headless Chromium and Selenium.
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"
mkdir -p "$MC_STATE"

install_debian_packages() {
  local missing=()
  command -v bwrap >/dev/null || missing+=(bubblewrap)
  [ -x "$MC_PG_BIN/initdb" ] || missing+=(postgresql)
  command -v prlimit >/dev/null || missing+=(util-linux)
  if [ "$for_tests" = yes ]; then
    # The web page's browser tests (deploy/e2e/test_web_page.py) drive Debian's headless Chromium.
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  fi
  [ ${#missing[@]} -eq 0 ] && return
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
}

# PyMC 6 needs Python 3.12 or newer; the machine's default python3 may be 3.11.
find_python() {
  local candidates=("$MC_PYTHON" python3.13 python3.12)
  candidates+=("$HOME"/.pyenv/versions/3.13*/bin/python "$HOME"/.pyenv/versions/3.12*/bin/python)
  local c
  for c in "${candidates[@]}"; do
    [ -n "$c" ] || continue
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
      command -v "$c"; return 0
    fi
  done
  return 1
}

install_python() {
  local python stamp want
  if ! python=$(find_python); then
    log "no Python >= 3.12 found (PyMC 6 needs it): install one (pyenv, or Debian's python3.12) and/or set MC_PYTHON"
    exit 1
  fi
  want="$(sha256sum "$MC_ROOT/compiler-worker/python/requirements.txt" | cut -c1-16) $python"
  stamp="$MC_VENV/.modelcraft-stamp"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
  log "creating the PyMC virtualenv in $MC_VENV with $python (a few minutes the first time)"
  rm -rf "$MC_VENV"
  "$python" -m venv "$MC_VENV"
  "$MC_VENV/bin/pip" install -q --upgrade pip >/dev/null
  "$MC_VENV/bin/pip" install -q -r "$MC_ROOT/compiler-worker/python/requirements.txt"
  echo "$want" > "$stamp"
}

# What the end-to-end tests add to the same virtualenv (they run with its Python), with a stamp of their own
# so that a change here does not rebuild the PyMC stack.
install_e2e_requirements() {
  local stamp want
  want="$(sha256sum "$MC_ROOT/deploy/e2e/requirements.txt" | cut -c1-16)"
  stamp="$MC_VENV/.modelcraft-e2e-stamp"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return; fi
  log "installing the end-to-end tests' Python packages into $MC_VENV"
  "$MC_VENV/bin/pip" install -q -r "$MC_ROOT/deploy/e2e/requirements.txt"
  echo "$want" > "$stamp"
}

install_kafka() {
  if ls "$MC_KAFKA_LIBS"/kafka_2.13-*.jar >/dev/null 2>&1; then return; fi
  log "copying the Apache Kafka broker from Maven Central into $MC_KAFKA_LIBS"
  mvn -B -q -f "$MC_ROOT/deploy/kafka/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$MC_KAFKA_LIBS" -DincludeScope=runtime
}

for_tests=no
[ "${1:-}" = --for-tests ] && for_tests=yes
install_debian_packages
install_python
[ "$for_tests" = yes ] && install_e2e_requirements
install_kafka
"$MC_ROOT/deploy/llm.sh" install
log "installed: venv $MC_VENV ($("$MC_VENV/bin/python" -c 'import pymc, pytensor, arviz; print("pymc", pymc.__version__, "pytensor", pytensor.__version__, "arviz", arviz.__version__)' 2>/dev/null || echo 'not importable'))"
