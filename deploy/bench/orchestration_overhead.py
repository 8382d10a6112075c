"""Orchestration overhead of the authoring loop: N jobs through a private stack (real gateway, Kafka,
Postgres, agent, worker and PyMC; the scripted LLM stand-in), half of them passing at the first try and half
(the grizzly problem) needing one fix. For each job, the time from submit to the end minus the LLM's and the
checks' own time is what the services spend carrying messages and state; per iteration it is that divided
by the job's iterations.

Run from the repository root, with PostgreSQL and Kafka started (deploy/postgres.sh start, deploy/kafka.sh
start) and the services built (mvn -B package -DskipTests):
    .local/venv/bin/python deploy/bench/orchestration_overhead.py [--jobs 100] [--concurrency 2]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "demo"))

from modelcraft_client import submit, wait_until_final  # noqa: E402
from private_stack import ROOT, private_stack  # noqa: E402

GRIZZLY = json.loads((ROOT / "deploy/demo/grizzly-bears.jsonl").read_text().splitlines()[0])["problem"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def instant(text: str) -> float:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def run_job(gateway: str, key: str, index: int) -> dict:
    problem = GRIZZLY if index % 2 else f"[bench: first try] coin {index}: 140 heads in 250 spins; is it biased?"
    job = wait_until_final(gateway, key, submit(gateway, key, problem)["id"], timeout_s=600)
    iterations = job["iterations"]
    wall_ms = (instant(job["finishedAt"]) - instant(job["createdAt"])) * 1000
    llm_ms = sum(it["llmMillis"] or 0 for it in iterations)
    check_ms = sum(it["checkMillis"] or 0 for it in iterations)
    return {"status": job["status"], "iterations": len(iterations), "wall_ms": wall_ms,
            "overhead_per_iteration_ms": (wall_ms - llm_ms - check_ms) / max(1, len(iterations))}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=2, help="jobs in flight (default: the worker's sandboxes)")
    args = parser.parse_args()
    scripts = [ROOT / "deploy/scripted-llm/grizzly.json", HERE / "first-try.json"]
    with private_stack("bench", 18280, scripts) as stack:
        run_job(stack.gateway, stack.api_key, 0)  # warm-up: the first job pays for JIT and connection set-up
        started = time.monotonic()
        with ThreadPoolExecutor(args.concurrency) as pool:
            results = list(pool.map(lambda i: run_job(stack.gateway, stack.api_key, i), range(1, args.jobs + 1)))
        elapsed = time.monotonic() - started
    overhead = [r["overhead_per_iteration_ms"] for r in results]
    succeeded = sum(r["status"] == "SUCCEEDED" for r in results)
    print(f"machine: {os.cpu_count()} cores; {args.jobs} jobs, {args.concurrency} in flight")
    print(f"succeeded {succeeded}/{args.jobs}; {args.jobs / elapsed * 60:.1f} jobs/min; "
          f"iterations per job {statistics.mean(r['iterations'] for r in results):.2f}")
    print(f"job wall time p50 {percentile([r['wall_ms'] for r in results], .5):.0f} ms")
    print(f"orchestration overhead per iteration (LLM and check excluded): p50 {percentile(overhead, .5):.1f} ms, "
          f"p95 {percentile(overhead, .95):.1f} ms, p99 {percentile(overhead, .99):.1f} ms")


if __name__ == "__main__":
    main()
