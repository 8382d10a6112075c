"""Brings up a private copy of the whole stack for the end-to-end tests: its own database, its own Kafka
topics (a fresh prefix) and its own ports, on the real PostgreSQL and Kafka started by deploy/."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy" / "demo"))

PORTS = {"GATEWAY_HTTP_PORT": 18080, "AGENT_HTTP_PORT": 18081, "WORKER_HTTP_PORT": 18082,
         "SCRIPTED_LLM_PORT": 18089, "WEBHOOK_RECEIVER_PORT": 18090}
WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


class Stack:
    def __init__(self, run_dir: Path) -> None:
        self.run_dir = run_dir
        self.gateway = f"http://127.0.0.1:{PORTS['GATEWAY_HTTP_PORT']}"
        self.webhook_url = f"http://127.0.0.1:{PORTS['WEBHOOK_RECEIVER_PORT']}/e2e"
        self.webhook_log = run_dir / "webhooks-received.jsonl"
        self.llm_log = run_dir / "scripted-llm-requests.jsonl"


@pytest.fixture(scope="session")
def stack() -> Iterator[Stack]:
    suffix = time.strftime("%Y%m%d%H%M%S")
    run_dir = ROOT / ".local" / f"e2e-{suffix}"
    env = {**os.environ, **{k: str(v) for k, v in PORTS.items()},
           "MC_RUN": str(run_dir), "MODELCRAFT_TOPIC_PREFIX": f"e2e{suffix}.",
           "MODELCRAFT_WEBHOOK_SECRET": WEBHOOK_SECRET, "MODELCRAFT_CHECK_TIMEOUT": "90s"}
    database = f"modelcraft_e2e_{suffix}"
    env["DATABASE_URL"] = f"jdbc:postgresql://127.0.0.1:{os.environ.get('MC_PG_PORT', '55432')}/{database}"
    for key in ("LLM_BASE_URL", "LLM_API_KEY", "LLM_MODEL"):
        env.pop(key, None)
    subprocess.run([ROOT / "deploy/postgres.sh", "createdb", database], env=env, check=True)
    subprocess.run([ROOT / "deploy/kafka.sh", "topics", env["MODELCRAFT_TOPIC_PREFIX"]], env=env, check=True)
    try:
        subprocess.run([ROOT / "deploy/services.sh", "start"], env=env, check=True)
        yield Stack(run_dir)
    finally:
        subprocess.run([ROOT / "deploy/services.sh", "stop"], env=env, check=False)
