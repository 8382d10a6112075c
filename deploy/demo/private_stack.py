"""A private copy of the whole stack on the real PostgreSQL and Kafka started by deploy/: its own database,
its own Kafka topics (a fresh prefix), its own ports and run directory. Used by the end-to-end tests and
the benchmarks, so that neither disturbs (nor is disturbed by) the stack that deploy/up.sh runs."""
from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from modelcraft_client import endpoint_secret, tenant_key

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy" / "webhook-receiver"))

from webhook_receiver import add_secret  # noqa: E402


@dataclass(frozen=True)
class Stack:
    run_dir: Path
    env: dict[str, str]
    database: str
    gateway: str
    webhook_url: str
    api_key: str
    admin_token: str

    @property
    def webhook_log(self) -> Path:
        return self.run_dir / "webhooks-received.jsonl"

    @property
    def webhook_secrets(self) -> Path:
        return self.run_dir / "webhook-secrets.json"

    @property
    def llm_log(self) -> Path:
        return self.run_dir / "scripted-llm-requests.jsonl"


@contextlib.contextmanager
def private_stack(name: str, first_port: int, scripts: list[Path], extra_env: dict[str, str] | None = None) -> Iterator[Stack]:
    suffix = time.strftime("%Y%m%d%H%M%S")
    ports = {"GATEWAY_HTTP_PORT": first_port, "AGENT_HTTP_PORT": first_port + 1, "WORKER_HTTP_PORT": first_port + 2,
             "SCRIPTED_LLM_PORT": first_port + 9, "WEBHOOK_RECEIVER_PORT": first_port + 10}
    run_dir = ROOT / ".local" / f"{name}-{suffix}"
    env = {**os.environ, **{k: str(v) for k, v in ports.items()},
           "MC_RUN": str(run_dir), "MODELCRAFT_TOPIC_PREFIX": f"{name}{suffix}.",
           "MODELCRAFT_ADMIN_TOKEN": secrets.token_urlsafe(24), "MODELCRAFT_CHECK_TIMEOUT": "90s",
           "SCRIPTED_LLM_SCRIPT": ":".join(str(s) for s in scripts), **(extra_env or {})}
    if scripts:  # no scripts: the embedded real model (deploy/llm.sh), shared by every stack on the machine
        env["MC_LLM"] = "scripted"
    database = f"modelcraft_{name}_{suffix}"
    env["DATABASE_URL"] = f"jdbc:postgresql://127.0.0.1:{os.environ.get('MC_PG_PORT', '55432')}/{database}"
    for key in ("LLM_BASE_URL", "LLM_API_KEY", "LLM_MODEL", "MODELCRAFT_ALLOWED_MODELS"):
        env.pop(key, None)
    env["MODELCRAFT_DEMO_KEY_FILE"] = str(run_dir / "demo-api-key")  # this stack's key, for its web page
    subprocess.run([ROOT / "deploy/postgres.sh", "createdb", database], env=env, check=True)
    subprocess.run([ROOT / "deploy/kafka.sh", "topics", env["MODELCRAFT_TOPIC_PREFIX"]], env=env, check=True)
    try:
        subprocess.run([ROOT / "deploy/services.sh", "start"], env=env, check=True)
        gateway = f"http://127.0.0.1:{ports['GATEWAY_HTTP_PORT']}"
        # The tests and benchmarks measure the pipeline, not the rate limit: their tenant's is far above it.
        key = tenant_key(gateway, env["MODELCRAFT_ADMIN_TOKEN"], name, requestsPerSecond=1_000_000, burst=1_000_000)
        (run_dir / "demo-api-key").write_text(key + "\n", encoding="utf-8")
        webhook_url = f"http://127.0.0.1:{ports['WEBHOOK_RECEIVER_PORT']}/{name}"
        add_secret(run_dir / "webhook-secrets.json", f"/{name}", endpoint_secret(gateway, key, webhook_url))
        yield Stack(run_dir, env, database, gateway, webhook_url, key, env["MODELCRAFT_ADMIN_TOKEN"])
    finally:
        subprocess.run([ROOT / "deploy/services.sh", "stop"], env=env, check=False)
        if not os.environ.get("MC_KEEP_STACK"):  # what a run leaves behind slows the ones after it
            subprocess.run([ROOT / "deploy/postgres.sh", "dropdb", database], env=env, check=False)
            subprocess.run([ROOT / "deploy/kafka.sh", "drop-topics", env["MODELCRAFT_TOPIC_PREFIX"]], env=env,
                           check=False)
