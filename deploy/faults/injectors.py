"""The faults the suite injects into a running private stack, each a function of the stack, the run's random
generator and the run's scale (durations shrink in the short run). Every fault ends with the stack whole again:
what it stopped is started, so the next fault meets a running system."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from private_stack import ROOT, Stack
from reconcile import CHECKER, process_tree

SERVICES = ("api-gateway", "agent-service", "compiler-worker")
# The topics whose messages the services act on; jobs.drafts (the live tokens) is best effort and has none.
ACTED_ON = ("jobs.requested", "jobs.events", "compile.requested", "compile.completed", "jobs.cancel-requested")
MALFORMED = '{"schemaVersion": 1, "eventId": "fault-suite-malformed", "truncated'


@dataclass
class Context:
    stack: Stack
    rng: random.Random
    scale: float  # multiplies every outage's length: 1 in the full run, less in the short one
    malformed_keys: list[str]
    log: Callable[[str], None]

    def pause(self, low: float, high: float) -> float:
        seconds = self.rng.uniform(low, high) * self.scale
        time.sleep(seconds)
        return seconds


def replica_name(service: str, replica: int) -> str:
    return service if replica == 1 else f"{service}-{replica}"


def deploy(ctx: Context, script: str, *args: str) -> str:
    done = subprocess.run([str(ROOT / "deploy" / script), *args], env=ctx.stack.env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"deploy/{script} {' '.join(args)} failed: {done.stderr[-2000:]}")
    return done.stdout


def kill9(pidfile: Path) -> int:
    pid = int(pidfile.read_text())
    os.kill(pid, signal.SIGKILL)
    for _ in range(100):
        try:
            if "zombie" in Path(f"/proc/{pid}/status").read_text().lower():
                break
        except FileNotFoundError:
            break
        time.sleep(0.1)
    return pid


def kill_replica(ctx: Context, service: str, replica: int) -> str:
    pid = kill9(ctx.stack.run_dir / f"{replica_name(service, replica)}.pid")
    down = ctx.pause(2, 8)
    deploy(ctx, "services.sh", "start")
    return f"kill -9 {replica_name(service, replica)} (pid {pid}), restarted after {down:.1f} s"


def checks_in_flight() -> int:
    """Checks running now: the processes the sandboxes' check servers forked, less the spare each keeps ready."""
    table = process_tree()

    def checker(args: str) -> bool:  # the Python of a check server or of a check, not the bubblewrap around it
        return CHECKER in args and not args.startswith("bwrap")

    forked = sum(1 for parent, args in table.values() if checker(args) and parent in table and checker(table[parent][1]))
    servers = sum(1 for parent, args in table.values() if checker(args) and not (parent in table and checker(table[parent][1])))
    return max(0, forked - servers)  # each server keeps one spare fork ready (modelcraft_check/spare.py)


def worker_dies_mid_check(ctx: Context, replica: int) -> str:
    """Waits (up to 30 s) for a check in flight, then kills a worker replica."""
    deadline = time.monotonic() + 30
    while not checks_in_flight() and time.monotonic() < deadline:
        time.sleep(0.1)
    in_flight = checks_in_flight()
    return f"{kill_replica(ctx, 'compiler-worker', replica)}; {in_flight} checks were in flight on the workers"


def restart_kafka(ctx: Context) -> str:
    deploy(ctx, "kafka.sh", "stop")
    down = ctx.pause(5, 20)
    deploy(ctx, "kafka.sh", "start")
    return f"Kafka broker stopped for {down:.1f} s"


def restart_postgres(ctx: Context) -> str:
    deploy(ctx, "postgres.sh", "stop")
    down = ctx.pause(5, 20)
    deploy(ctx, "postgres.sh", "start")
    return f"PostgreSQL stopped for {down:.1f} s"


def post_json(url: str, body: dict) -> None:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=10):
        pass


def llm_outage(ctx: Context, kind: str) -> str:
    fault = {"429": {"status": 429, "retry_after": "1"}, "5xx": {"status": ctx.rng.choice([500, 502, 503])},
             "timeout": {"delay": 15}}[kind]
    seconds = ctx.rng.uniform(8, 25) * ctx.scale
    post_json(f"http://127.0.0.1:{ctx.stack.env['SCRIPTED_LLM_PORT']}/control/outage", {"fault": fault, "seconds": seconds})
    time.sleep(seconds)
    return f"LLM answered {json.dumps(fault)} for {seconds:.1f} s"


def webhook_receiver_outage(ctx: Context) -> str:
    kill9(ctx.stack.run_dir / "webhook-receiver.pid")
    down = ctx.pause(30, 120)
    deploy(ctx, "services.sh", "start")
    failing = ctx.rng.uniform(10, 40) * ctx.scale
    post_json(f"http://127.0.0.1:{ctx.stack.env['WEBHOOK_RECEIVER_PORT']}/control/failing",
              {"status": 500, "seconds": failing})
    time.sleep(failing)
    return f"webhook receiver down for {down:.1f} s, then answering 500 for {failing:.1f} s"


def duplicate_messages(ctx: Context) -> str:
    prefix = ctx.stack.env["MODELCRAFT_TOPIC_PREFIX"]
    sent = 0
    for topic in ACTED_ON:
        out = deploy(ctx, "kafka.sh", "records", "duplicate", prefix + topic, "3")
        sent += json.loads([line for line in out.splitlines() if line.startswith("{")][-1])["published"]
    return f"{sent} messages published a second time (the last 3 of each partition of {len(ACTED_ON)} topics)"


def malformed_messages(ctx: Context) -> str:
    prefix = ctx.stack.env["MODELCRAFT_TOPIC_PREFIX"]
    for topic in ACTED_ON:
        key = f"fault-suite-malformed-{topic}-{ctx.rng.randrange(1 << 30):x}"
        deploy(ctx, "kafka.sh", "records", "publish", prefix + topic, key, MALFORMED)
        ctx.malformed_keys.append(key)
    return f"a malformed message on each of {len(ACTED_ON)} topics"


def fault_plan(rng: random.Random, replicas: int, full: bool) -> list[tuple[str, Callable[[Context], str]]]:
    """Every fault of the run, in a random order: the full run kills every replica and repeats the outages."""
    plan: list[tuple[str, Callable[[Context], str]]] = []
    kill_replicas = range(1, replicas + 1) if full else [rng.randrange(1, replicas + 1)]
    for service in SERVICES:
        for replica in kill_replicas:
            plan.append((f"kill {replica_name(service, replica)}", lambda c, s=service, r=replica: kill_replica(c, s, r)))
    for _ in range(2 if full else 1):
        replica = rng.randrange(1, replicas + 1)
        plan.append(("worker dies mid-check", lambda c, r=replica: worker_dies_mid_check(c, r)))
        plan.append(("Kafka restart", restart_kafka))
        plan.append(("PostgreSQL restart", restart_postgres))
        plan.append(("duplicate messages", duplicate_messages))
    for kind in ("429", "5xx", "timeout") if full else (rng.choice(["429", "5xx", "timeout"]),):
        plan.append((f"LLM {kind}", lambda c, k=kind: llm_outage(c, k)))
    plan.append(("webhook receiver outage", webhook_receiver_outage))
    plan.append(("malformed messages", malformed_messages))
    rng.shuffle(plan)
    return plan
