"""Load on the gateway through a private stack (real PostgreSQL, Kafka, agent, worker; the scripted LLM):
(1) submits from many keep-alive connections for a while, with one client polling job status meanwhile
    (GatewayLoad.java, a small Java client, so that the client costs less CPU than the server it measures):
    submits per second, p50/p99 submit latency, p99 status-poll latency;
(2) a batch of N problems, each job with its own webhook and the batch with one more: the time until every
    job ended, and that every webhook arrived with a valid signature.

Run from the repository root, with PostgreSQL and Kafka started and the services built:
    .local/venv/bin/python deploy/bench/gateway_load.py [--seconds 20] [--connections 16] [--batch 1000]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "demo"))
sys.path.insert(0, str(HERE.parent / "webhook-receiver"))

from modelcraft_client import request  # noqa: E402
from private_stack import ROOT, private_stack  # noqa: E402
from webhook_receiver import signature_valid  # noqa: E402


def submit_load(gateway: str, key: str, seconds: float, connections: int, warmup: float) -> None:
    subprocess.run(["java", str(HERE / "GatewayLoad.java"), "--url", gateway, "--api-key", key,
                    "--seconds", str(seconds), "--warmup-seconds", str(warmup), "--connections", str(connections),
                    "--pollers", "1"], check=True)


PROBLEM = "[bench: first try] coin: 140 heads in 250 spins; is it biased?"


class Received:
    """What the webhook receiver got: per path, the (body, signature valid) of each delivery."""

    def __init__(self) -> None:
        self.secrets: dict[str, str] = {}
        self.by_path: dict[str, list[tuple[dict, bool]]] = {}
        self.lock = threading.Lock()

    def handler(self) -> type[BaseHTTPRequestHandler]:
        received = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                valid = signature_valid(received.secrets.get(self.path), self.headers, body)
                with received.lock:
                    received.by_path.setdefault(self.path, []).append((json.loads(body), valid))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return

        return Handler


def batch_drain(gateway: str, key: str, size: int) -> None:
    received = Received()
    receiver = ThreadingHTTPServer(("127.0.0.1", 0), received.handler())
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{receiver.server_address[1]}"
    problems = [{"id": str(i), "problem": PROBLEM} for i in range(size)]  # a number in the text would fail its check
    started = time.monotonic()
    status, batch = request("POST", f"{gateway}/api/v1/batches", {"problems": problems, "maxIterations": 1,
                            "webhookUrl": f"{base}/batch", "jobWebhookUrl": f"{base}/job"}, key=key)
    assert status == 202, batch
    received.secrets = {"/" + url.split("/", 3)[3]: secret for url, secret in batch["webhookSecrets"].items()}
    accepted = time.monotonic() - started
    while True:
        stats = request("GET", f"{gateway}/api/v1/batches/{batch['id']}", key=key)[1]["stats"]
        if stats["finished"] == size:
            break
        time.sleep(1)
    drained = time.monotonic() - started
    while time.monotonic() - started < drained + 60 and (
            len(received.by_path.get("/job", [])) < size or not received.by_path.get("/batch")):
        time.sleep(0.2)
    hooks_done = time.monotonic() - started
    job_hooks = received.by_path.get("/job", [])
    job_ids = {body["data"]["id"] for body, valid in job_hooks if valid}
    batch_hooks = received.by_path.get("/batch", [])
    print(f"batch of {size}: accepted in {accepted * 1000:.0f} ms; all ended after {drained:.1f} s ({stats['counts']})")
    print(f"job webhooks: {len(job_hooks)} received, {len(job_ids)} distinct jobs with a valid signature, "
          f"{sum(not v for _, v in job_hooks)} invalid; batch webhook: {len(batch_hooks)} "
          f"(valid: {[v for _, v in batch_hooks]}); all webhooks in {hooks_done:.1f} s")
    receiver.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--warmup-seconds", type=float, default=60,
                        help="submits first sent and not counted, while the gateway's JIT compiler warms up")
    parser.add_argument("--gateway-only", action="store_true",
                        help="hold the gateway's outbox (MODELCRAFT_OUTBOX_PUBLISHING=false): measures accepting and"
                             " committing jobs without the agent and the worker competing for the cores; no batch")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores; gateway only: {args.gateway_only}")
    scripts = [ROOT / "deploy/scripted-llm/grizzly.json", HERE / "first-try.json"]
    extra = {"MODELCRAFT_OUTBOX_PUBLISHING": "false"} if args.gateway_only else {}
    with private_stack("load", 18480, scripts, extra) as stack:
        if args.seconds:
            submit_load(stack.gateway, stack.api_key, args.seconds, args.connections, warmup=args.warmup_seconds)
        if args.batch and not args.gateway_only:
            batch_drain(stack.gateway, stack.api_key, args.batch)


if __name__ == "__main__":
    main()
