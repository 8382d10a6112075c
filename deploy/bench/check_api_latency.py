"""Latency of the direct check API (POST /api/v1/checks), end to end through the gateway: a private stack (real
gateway, Kafka, Postgres and worker; no LLM is involved), warm-up checks, then N checks of the grizzly model one after
another. For each: the client's time from request to verdict, the worker's time for the check (checkMillis: its
sandbox, fork and ladder) and the checker's own (duration_ms). The client's time less the worker's is what the
gateway, the outbox, Kafka and the database add; compare the worker's figure with the worker-only one of
compiler-worker/benchmarks/check_latency.py (warm).

Run from the repository root, with PostgreSQL and Kafka started and the services built:
    .local/venv/bin/python deploy/bench/check_api_latency.py [--checks 50] [--warmup 5]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "demo"))

from modelcraft_client import request  # noqa: E402
from private_stack import ROOT, private_stack  # noqa: E402

GRIZZLY = (ROOT / "compiler-worker/benchmarks/models/grizzly.py").read_text()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def one_check(gateway: str, key: str) -> tuple[float, float, float]:
    started = time.perf_counter()
    status, check = request("POST", f"{gateway}/api/v1/checks", {"code": GRIZZLY}, key=key)
    seconds = time.perf_counter() - started
    if status != 200 or check.get("ok") is not True:
        raise SystemExit(f"the check did not pass within the wait: {status} {check}")
    return seconds * 1000, float(check["checkMillis"]), float(check["check"]["duration_ms"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checks", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=5)
    args = parser.parse_args()
    settings = {"MODELCRAFT_CHECK_RATE": "1000", "MODELCRAFT_CHECK_BURST": "1000"}
    # The scripted stand-in only stands by: no check asks an LLM.
    with private_stack("checkapi", 17080, [ROOT / "deploy/scripted-llm/grizzly.json"], settings) as stack:
        for _ in range(args.warmup):
            one_check(stack.gateway, stack.api_key)
        samples = [one_check(stack.gateway, stack.api_key) for _ in range(args.checks)]
    client, worker, checker = (list(column) for column in zip(*samples))
    overhead = [c - w for c, w, _ in samples]
    print(f"machine: {os.cpu_count()} cores; {args.checks} warm checks of the grizzly model, one at a time")
    print(f"{'':<34}{'p50 ms':>10}{'p95 ms':>10}{'mean ms':>10}")
    for name, values in [("client, end to end (gateway)", client), ("worker (checkMillis)", worker),
                         ("checker ladder (duration_ms)", checker), ("gateway + outbox + Kafka + DB", overhead)]:
        print(f"{name:<34}{percentile(values, 0.5):>10.0f}{percentile(values, 0.95):>10.0f}{statistics.mean(values):>10.0f}")


if __name__ == "__main__":
    main()
