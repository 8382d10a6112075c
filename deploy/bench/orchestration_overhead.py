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
import subprocess
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


# Where one iteration's overhead goes, from the timestamps each service stores (one clock: one machine):
# gateway commit -> agent has the job; LLM reply -> iteration stored; stored -> verdict applied (minus the
# check); verdict applied -> job finished (for the last iteration).
STAGES_SQL = """
with it as (
  select i.job_id, i.number, i.llm_millis, i.check_millis, i.created_at, i.checked_at,
         lag(i.checked_at) over (partition by i.job_id order by i.number) as previous_checked_at
  from agent.iteration i)
select case when it.number = 1 then extract(epoch from (a.created_at - g.created_at)) * 1000 end,
       extract(epoch from (it.created_at - coalesce(it.previous_checked_at, a.created_at))) * 1000 - it.llm_millis,
       extract(epoch from (it.checked_at - it.created_at)) * 1000 - it.check_millis,
       case when it.number = (select max(number) from agent.iteration x where x.job_id = it.job_id)
            then extract(epoch from (a.finished_at - it.checked_at)) * 1000 end
from it join agent.authoring_job a on a.id = it.job_id join gateway.job g on g.id = it.job_id
where g.created_at >= %s
"""


def stage_breakdown(database: str, since: str) -> None:
    env = {**os.environ, "PGPASSWORD": os.environ.get("DATABASE_PASSWORD", "modelcraft")}
    psql = [os.environ.get("MC_PG_BIN", "/usr/lib/postgresql/15/bin") + "/psql", "-h", "127.0.0.1",
            "-p", os.environ.get("MC_PG_PORT", "55432"), "-U", "modelcraft", "-d", database, "-AtF", ","]
    rows = subprocess.run(psql + ["-c", STAGES_SQL % f"'{since}'"], env=env, check=True, capture_output=True,
                          text=True).stdout.split()
    columns = list(zip(*[[float(x) if x else None for x in row.split(",")] for row in rows]))
    names = ["gateway commit -> agent has the job", "agent: before + after the LLM call",
             "stored -> verdict applied, check excluded (two Kafka hops, the worker)", "verdict -> job finished"]
    for name, values in zip(names, columns):
        present = [v for v in values if v is not None]
        print(f"  {name}: p50 {percentile(present, .5):.1f} ms, p95 {percentile(present, .95):.1f} ms")


def run_job(gateway: str, key: str, index: int) -> dict:
    # No number of its own in the text: the check holds a program to every number its problem states.
    problem = GRIZZLY if index % 2 else "[bench: first try] coin: 140 heads in 250 spins; is it biased?"
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
    parser.add_argument("--warmup-jobs", type=int, default=400,
                        help="jobs run first and not counted: the services' JIT compilers need a few hundred turns"
                             " before the steady state a running service is in (after 100, p50 is ~7 ms higher)")
    parser.add_argument("--warmup-concurrency", type=int, default=4, help="jobs in flight during the warm-up")
    args = parser.parse_args()
    scripts = [ROOT / "deploy/scripted-llm/grizzly.json", HERE / "first-try.json"]
    with private_stack("bench", 18280, scripts) as stack:
        with ThreadPoolExecutor(args.warmup_concurrency) as pool:
            list(pool.map(lambda i: run_job(stack.gateway, stack.api_key, i), range(-args.warmup_jobs, 0)))
        since = datetime.now().astimezone().isoformat()
        started = time.monotonic()
        with ThreadPoolExecutor(args.concurrency) as pool:
            results = list(pool.map(lambda i: run_job(stack.gateway, stack.api_key, i), range(1, args.jobs + 1)))
        elapsed = time.monotonic() - started
        print("where an iteration's overhead goes:")
        stage_breakdown(stack.database, since)
    overhead = [r["overhead_per_iteration_ms"] for r in results]
    succeeded = sum(r["status"] == "SUCCEEDED" for r in results)
    print(f"machine: {os.cpu_count()} cores; {args.jobs} jobs after {args.warmup_jobs} warm-up jobs,"
          f" {args.concurrency} in flight")
    print(f"succeeded {succeeded}/{args.jobs}; {args.jobs / elapsed * 60:.1f} jobs/min; "
          f"iterations per job {statistics.mean(r['iterations'] for r in results):.2f}")
    print(f"job wall time p50 {percentile([r['wall_ms'] for r in results], .5):.0f} ms")
    print(f"orchestration overhead per iteration (LLM and check excluded): p50 {percentile(overhead, .5):.1f} ms, "
          f"p95 {percentile(overhead, .95):.1f} ms, p99 {percentile(overhead, .99):.1f} ms")


if __name__ == "__main__":
    main()
