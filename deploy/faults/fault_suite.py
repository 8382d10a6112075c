"""The fault suite: a batch of jobs on a private stack with two replicas of every service, faults injected at random
moments in a random order while it runs, then a reconciliation table over the whole history. Exits 1 if a line fails.

    fault_suite.py                     the full run: 200 jobs, every fault, several times
    fault_suite.py --short             30 jobs, each kind of fault once (the README test command runs this)
    fault_suite.py --seed 1234         replays a run: the same jobs, faults, order and moments

The LLM is the scripted stand-in (deploy/faults/faults.json): first-try passes, fixes, failures, a check that hangs
and slow checks. Jobs are submitted to either gateway replica with an Idempotency-Key and retried through the faults.
"""
from __future__ import annotations

import argparse
import http.client
import json
import random
import string
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy" / "demo"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import injectors  # noqa: E402
import reconcile  # noqa: E402
from private_stack import Stack, private_stack  # noqa: E402

SCRIPT = ROOT / "deploy/faults/faults.json"
KINDS = {"pass": 0.35, "fix": 0.25, "fail": 0.15, "hang": 0.1, "slow": 0.1, "cancel": 0.05}
REPLICAS = 2
# Short limits, so that the faults' effects (a hung check, an LLM that times out, webhook retries) play out in minutes.
SETTINGS = {"MC_REPLICAS": str(REPLICAS), "MODELCRAFT_CHECK_TIMEOUT": "8s", "MODELCRAFT_MAX_ITERATIONS": "3",
            "MODELCRAFT_JOB_DEADLINE": "10m", "LLM_TIMEOUT": "5s", "LLM_CALL_TIMEOUT_SECONDS": "12",
            "MODELCRAFT_GATEWAY_WEBHOOK_FIRST_RETRY_DELAY": "1s", "MODELCRAFT_GATEWAY_WEBHOOK_MAX_RETRY_DELAY": "5s",
            "MODELCRAFT_AGENT_JOB_LEASE": "15s"}


def log(message: str) -> None:
    print(f"[faults {time.strftime('%H:%M:%S')}] {message}", flush=True)


def call(url: str, key: str, body: dict | None, idempotency_key: str | None = None) -> tuple[int, dict | None]:
    headers = {"content-type": "application/json", "authorization": f"Bearer {key}"}
    if idempotency_key:
        headers["idempotency-key"] = idempotency_key
    request = urllib.request.Request(url, data=None if body is None else json.dumps(body).encode(), headers=headers,
                                     method="POST")
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, None
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError):
        return 0, None  # the replica is down, or died mid-answer: try again


def until_accepted(gateways: list[str], send, what: str, accepted: tuple[int, ...], give_up_s: float = 300):
    """Sends to one gateway after another until one accepts; a 4xx other than 429 is a refusal, and a bug here."""
    deadline = time.monotonic() + give_up_s
    attempt = 0
    while time.monotonic() < deadline:
        status, body = send(gateways[attempt % len(gateways)])
        if status in accepted:
            return status, body
        if 400 <= status < 500 and status != 429:
            raise RuntimeError(f"{what} refused with {status}")
        attempt += 1
        time.sleep(min(0.2 * attempt, 2))
    raise RuntimeError(f"{what} not accepted within {give_up_s} s")


def submit_jobs(stack: Stack, gateways: list[str], kinds: list[str], window_s: float, rng: random.Random,
                job_ids: list[str], failures: list[str]) -> None:
    for index, kind in enumerate(kinds):
        time.sleep(rng.uniform(0, 2 * window_s / len(kinds)))
        script = "slow" if kind == "cancel" else kind
        tag = "".join(rng.choice(string.ascii_lowercase) for _ in range(10))
        problem = f"[faults: {script}] job {tag}: estimate the mean of a few measurements."
        body = {"problem": problem, "webhookUrl": stack.webhook_url}
        try:
            _, job = until_accepted(gateways, lambda g: call(f"{g}/api/v1/jobs", stack.api_key, body, f"faults-{tag}"),
                                    f"submit {index}", (200, 202))
            job_ids.append(job["id"])
            if kind == "cancel":
                until_accepted(gateways, lambda g: call(f"{g}/api/v1/jobs/{job['id']}/cancel", stack.api_key, None),
                               f"cancel {job['id']}", (202, 409))
        except RuntimeError as error:
            failures.append(str(error))
            log(str(error))


def inject(ctx: injectors.Context, plan, window_s: float) -> list[tuple[str, str]]:
    moments = sorted(ctx.rng.uniform(0, window_s) for _ in plan)
    started = time.monotonic()
    done = []
    for (name, fault), moment in zip(plan, moments):
        time.sleep(max(0.0, started + moment - time.monotonic()))
        log(f"fault: {name}")
        try:
            done.append((name, fault(ctx)))
        except Exception as error:  # a fault that could not be injected is reported, and the suite fails
            done.append((name, f"NOT INJECTED: {error}"))
        log(f"  {done[-1][1]}")
    return done


def drained(stack: Stack, job_ids: list[str], malformed: list[str], cut_sends: int,
            timeout_s: float) -> list[reconcile.Line]:
    """The table, as soon as every line passes or once the jobs and deliveries had timeout_s to settle."""
    deadline = time.monotonic() + timeout_s
    while True:
        tenant_jobs = int(reconcile.sql(stack, "select count(*) from gateway.job")[0][0])
        lines = reconcile.table(stack, job_ids, tenant_jobs, malformed, cut_sends)
        if all(line.passed for line in lines) or time.monotonic() > deadline:
            return lines
        time.sleep(5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--short", action="store_true", help="30 jobs and each kind of fault once")
    parser.add_argument("--jobs", type=int, help="jobs in the batch (200, or 30 with --short)")
    parser.add_argument("--seed", type=int, help="replay the run with this seed")
    parser.add_argument("--drain", type=float, default=600, help="seconds the jobs have to settle after the faults")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 31)
    jobs = args.jobs or (30 if args.short else 200)
    scale = 0.4 if args.short else 1.0
    window_s = 90 if args.short else 480
    rng = random.Random(seed)
    kinds = rng.choices(list(KINDS), weights=list(KINDS.values()), k=jobs)
    plan = injectors.fault_plan(rng, REPLICAS, full=not args.short)
    log(f"seed {seed}: {jobs} jobs, {len(plan)} faults over {window_s} s (replay: --seed {seed}"
        f"{' --short' if args.short else ''}{'' if args.jobs is None else f' --jobs {jobs}'})")
    started = time.monotonic()
    with private_stack("faults", 19280, [SCRIPT], SETTINGS) as stack:
        ports = [(stack.run_dir / f"{injectors.replica_name('api-gateway', r)}.port").read_text().strip()
                 for r in range(1, REPLICAS + 1)]
        gateways = [f"http://127.0.0.1:{port}" for port in ports]
        job_ids: list[str] = []
        refused: list[str] = []
        ctx = injectors.Context(stack, rng, scale, [], log)
        submitter = threading.Thread(target=submit_jobs, args=(stack, gateways, kinds, window_s, random.Random(seed + 1),
                                                                 job_ids, refused), daemon=True)
        submitter.start()
        injected = inject(ctx, plan, window_s)
        submitter.join()
        log(f"{len(job_ids)} jobs submitted; the faults are over, waiting for the batch to drain")
        cut_sends = REPLICAS * sum(1 for name, _ in injected if name in ("webhook receiver outage", "PostgreSQL restart")) \
            + sum(1 for name, _ in injected if name.startswith("kill api-gateway"))
        lines = drained(stack, job_ids, ctx.malformed_keys, cut_sends, args.drain)
        lines.insert(0, reconcile.Line("every fault injected", not any("NOT INJECTED" in d for _, d in injected),
                                       f"{len(injected)} faults"))
        lines.insert(1, reconcile.Line("every submit accepted", not refused and len(job_ids) == jobs,
                                       f"{len(job_ids)} of {jobs} accepted, {len(refused)} refused or given up"))
        wall = time.monotonic() - started
        print(f"\nFault suite, seed {seed}: {len(job_ids)} jobs, {REPLICAS} replicas of each service, {wall:.0f} s\n")
        for name, detail in injected:
            print(f"  fault  {name}: {detail}")
        print("\n" + reconcile.render(lines) + "\n", flush=True)
        (stack.run_dir / "reconciliation.json").write_text(json.dumps(
            {"seed": seed, "jobs": len(job_ids), "wallSeconds": round(wall), "faults": injected,
             "lines": [line.__dict__ for line in lines]}, indent=1), encoding="utf-8")
        failed = [line for line in lines if not line.passed]
        if failed:
            print(f"FAILED: {len(failed)} lines; replay with --seed {seed}; logs in {stack.run_dir}", flush=True)
        return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
