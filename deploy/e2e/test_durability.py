"""The agent killed for real (SIGKILL to its process) at the two places a job waits: for the LLM, and for a
check. On restart every job goes on and ends, with no iteration lost or stored twice."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import uuid

from conftest import ROOT, Stack
from modelcraft_client import read_jsonl, submit, wait_until_final


def llm_requests_mentioning(stack: Stack, marker: str) -> list[dict]:
    return [r for r in read_jsonl(str(stack.llm_log)) if marker in json.dumps(r["request"])]


def wait_for(condition, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def kill_agent(stack: Stack) -> None:
    pid = int((stack.run_dir / "agent-service.pid").read_text())
    os.kill(pid, signal.SIGKILL)
    wait_for(lambda: not os.path.exists(f"/proc/{pid}") or "zombie" in open(f"/proc/{pid}/status").read().lower(),
             10, "the agent to die")


def restart_agent(stack: Stack) -> None:
    started = subprocess.run([ROOT / "deploy/services.sh", "start"], env=stack.env, capture_output=True, text=True)
    assert started.returncode == 0, started.stderr


def stored_iterations(stack: Stack, job_id: str) -> list[int]:
    port = os.environ.get("MC_PG_PORT", "55432")
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", port, "-U", "modelcraft", "-d", stack.database, "-Atc",
                          f"select number from agent.iteration where job_id = '{job_id}' order by number"],
                         env={**os.environ, "PGPASSWORD": "modelcraft"}, check=True, capture_output=True, text=True)
    return [int(n) for n in out.stdout.split()]


def test_agent_killed_while_waiting_for_the_llm(stack: Stack) -> None:
    marker = f"[e2e: llm slow once] {uuid.uuid4()}"
    job_id = submit(stack.gateway, marker)["id"]
    wait_for(lambda: llm_requests_mentioning(stack, marker), 60, "the first LLM request")
    kill_agent(stack)
    restart_agent(stack)

    job = wait_until_final(stack.gateway, job_id, timeout_s=180)
    assert job["status"] == "SUCCEEDED", job.get("failureReason")
    assert [it["number"] for it in job["iterations"]] == [1]
    assert stored_iterations(stack, job_id) == [1]
    assert len(llm_requests_mentioning(stack, marker)) == 2, "the lost call is made again, once"


def test_agent_killed_while_a_check_is_in_flight(stack: Stack) -> None:
    marker = f"[e2e: slow check] {uuid.uuid4()}"
    job_id = submit(stack.gateway, marker)["id"]
    wait_for(lambda: llm_requests_mentioning(stack, marker), 60, "the LLM request")
    time.sleep(2)  # the iteration is stored and its compile request sent; the check sleeps 8 s
    kill_agent(stack)
    time.sleep(8)  # the result arrives while the agent is down
    restart_agent(stack)

    job = wait_until_final(stack.gateway, job_id, timeout_s=180)
    assert job["status"] == "SUCCEEDED", job.get("failureReason")
    assert [it["number"] for it in job["iterations"]] == [1]
    assert stored_iterations(stack, job_id) == [1]
    assert len(llm_requests_mentioning(stack, marker)) == 1, "a job waiting for its check asks the LLM nothing more"
