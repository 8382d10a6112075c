"""Services killed for real (SIGKILL to their processes). The agent, at the two places a job waits (for the
LLM, and for a check): on restart every job goes on and ends, with no iteration lost or stored twice. The
gateway, with jobs committed and their messages not yet published: on restart each message goes out once.
PostgreSQL stopped: the API answers 503 with Retry-After, a message consumed meanwhile is applied once it is back (not
dead-lettered), and the services work again by themselves."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
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
    kill_service(stack, "agent-service")


def kill_service(stack: Stack, name: str) -> None:
    pid = int((stack.run_dir / f"{name}.pid").read_text())
    os.kill(pid, signal.SIGKILL)
    wait_for(lambda: not os.path.exists(f"/proc/{pid}") or "zombie" in open(f"/proc/{pid}/status").read().lower(),
             10, "the agent to die")


def restart_agent(stack: Stack) -> None:
    restart_services(stack)


def restart_services(stack: Stack, **env: str) -> None:
    started = subprocess.run([ROOT / "deploy/services.sh", "start"], env={**stack.env, **env}, capture_output=True, text=True)
    assert started.returncode == 0, started.stderr


def stored_iterations(stack: Stack, job_id: str) -> list[int]:
    port = os.environ.get("MC_PG_PORT", "55432")
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", port, "-U", "modelcraft", "-d", stack.database, "-Atc",
                          f"select number from agent.iteration where job_id = '{job_id}' order by number"],
                         env={**os.environ, "PGPASSWORD": "modelcraft"}, check=True, capture_output=True, text=True)
    return [int(n) for n in out.stdout.split()]


def test_agent_killed_while_waiting_for_the_llm(stack: Stack) -> None:
    marker = f"[e2e: llm slow once] {uuid.uuid4()}"
    job_id = submit(stack.gateway, stack.api_key, marker)["id"]
    wait_for(lambda: llm_requests_mentioning(stack, marker), 60, "the first LLM request")
    kill_agent(stack)
    restart_agent(stack)

    job = wait_until_final(stack.gateway, stack.api_key, job_id, timeout_s=180)
    assert job["status"] == "SUCCEEDED", job.get("failureReason")
    assert [it["number"] for it in job["iterations"]] == [1]
    assert stored_iterations(stack, job_id) == [1]
    assert len(llm_requests_mentioning(stack, marker)) == 2, "the lost call is made again, once"


def test_agent_killed_while_a_check_is_in_flight(stack: Stack) -> None:
    marker = f"[e2e: slow check] {uuid.uuid4()}"
    job_id = submit(stack.gateway, stack.api_key, marker)["id"]
    wait_for(lambda: llm_requests_mentioning(stack, marker), 60, "the LLM request")
    time.sleep(2)  # the iteration is stored and its compile request sent; the check sleeps 8 s
    kill_agent(stack)
    time.sleep(8)  # the result arrives while the agent is down
    restart_agent(stack)

    job = wait_until_final(stack.gateway, stack.api_key, job_id, timeout_s=180)
    assert job["status"] == "SUCCEEDED", job.get("failureReason")
    assert [it["number"] for it in job["iterations"]] == [1]
    assert stored_iterations(stack, job_id) == [1]
    assert len(llm_requests_mentioning(stack, marker)) == 1, "a job waiting for its check asks the LLM nothing more"


def requested_messages(stack: Stack, job_ids: set[str]) -> list[str]:
    """The keys of the job requests on Kafka that belong to these jobs, read with Kafka's own console consumer."""
    out = subprocess.run(["java", "-cp", str(ROOT / ".local/kafka/libs/*"), "org.apache.kafka.tools.consumer.ConsoleConsumer",
                          "--bootstrap-server", "127.0.0.1:" + stack.env.get("MC_KAFKA_PORT", "59092"),
                          "--topic", stack.env["MODELCRAFT_TOPIC_PREFIX"] + "jobs.requested", "--from-beginning",
                          "--timeout-ms", "6000", "--property", "print.key=true", "--property", "print.value=false"],
                         capture_output=True, text=True)
    return [key for key in out.stdout.split() if key in job_ids]


def test_gateway_killed_between_commit_and_publish(stack: Stack) -> None:
    kill_service(stack, "api-gateway")
    restart_services(stack, MODELCRAFT_OUTBOX_PUBLISHING="false")
    markers = [f"[e2e: steady] outbox {uuid.uuid4()}" for _ in range(5)]
    job_ids = {submit(stack.gateway, stack.api_key, marker)["id"] for marker in markers}
    time.sleep(3)
    assert not any(llm_requests_mentioning(stack, marker) for marker in markers), "nothing may be published yet"
    assert requested_messages(stack, job_ids) == []
    kill_service(stack, "api-gateway")  # with five committed rows and their messages not yet sent
    restart_services(stack)

    for job_id in job_ids:
        job = wait_until_final(stack.gateway, stack.api_key, job_id, timeout_s=180)
        assert job["status"] == "SUCCEEDED", job.get("failureReason")
    assert sorted(requested_messages(stack, job_ids)) == sorted(job_ids), "each message goes out once"
    assert all(len(llm_requests_mentioning(stack, marker)) == 1 for marker in markers)


def answer(stack: Stack, method: str, path: str, body: dict | None = None) -> tuple[int, str | None, dict]:
    """Status, Retry-After and body of one API request, whatever its status."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"{stack.gateway}{path}", data=data, method=method, headers={
        "Authorization": f"Bearer {stack.api_key}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Retry-After"), json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Retry-After"), json.loads(error.read() or b"null")


def test_with_postgres_down_the_api_answers_503_and_comes_back_by_itself(stack: Stack) -> None:
    before = submit(stack.gateway, stack.api_key, f"[e2e: steady] before the outage {uuid.uuid4()}")
    assert wait_until_final(stack.gateway, stack.api_key, before["id"], timeout_s=120)["status"] == "SUCCEEDED"
    subprocess.run([ROOT / "deploy/postgres.sh", "stop"], env=stack.env, check=True)
    try:
        for method, path, body in (("POST", "/api/v1/jobs", {"problem": "[e2e: steady] during the outage"}),
                                   ("GET", f"/api/v1/jobs/{before['id']}", None), ("GET", "/api/v1/jobs", None)):
            status, retry_after, problem = answer(stack, method, path, body)
            assert (status, retry_after) == (503, "5"), (method, path, status, problem)
            assert "cannot be reached" in problem["detail"] and "Exception" not in problem["detail"], problem
    finally:
        subprocess.run([ROOT / "deploy/postgres.sh", "start"], env=stack.env, check=True)

    wait_for(lambda: answer(stack, "GET", f"/api/v1/jobs/{before['id']}")[0] == 200, 60, "the gateway to answer again")
    after = submit(stack.gateway, stack.api_key, f"[e2e: steady] after the outage {uuid.uuid4()}")
    assert wait_until_final(stack.gateway, stack.api_key, after["id"], timeout_s=180)["status"] == "SUCCEEDED"


def test_a_verdict_that_arrives_while_postgres_is_down_is_applied_once_it_is_back(stack: Stack) -> None:
    marker = f"[e2e: slow check] {uuid.uuid4()}"
    job_id = submit(stack.gateway, stack.api_key, marker)["id"]
    wait_for(lambda: llm_requests_mentioning(stack, marker), 60, "the LLM request")
    time.sleep(2)  # the iteration is stored and its compile request sent; the check sleeps 8 s
    subprocess.run([ROOT / "deploy/postgres.sh", "stop"], env=stack.env, check=True)
    try:
        time.sleep(12)  # the worker's verdict reaches the agent while the database is down
    finally:
        subprocess.run([ROOT / "deploy/postgres.sh", "start"], env=stack.env, check=True)

    job = wait_until_final(stack.gateway, stack.api_key, job_id, timeout_s=180)
    assert job["status"] == "SUCCEEDED", job.get("failureReason")
    assert [it["number"] for it in job["iterations"]] == [1]
    assert stored_iterations(stack, job_id) == [1]
    agent_log = (stack.run_dir / "agent-service.log").read_text()
    assert f"the verdict on job {job_id} waits for the database" in agent_log, "the verdict came during the outage"
