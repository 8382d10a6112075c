"""The gateway's MCP server, driven by the Python MCP SDK over Streamable HTTP as an assistant's client drives it:
a session against the running stack (scripted LLM stand-in, real Kafka, Postgres and PyMC) that lists the tools,
calls each one (the job fails once on SciPy's keyword and is fixed), sends bad arguments, another tenant's job, and no key. The session is saved as a transcript
(mcp-session.json in the stack's run directory). Also the direct check API on the CSV-reading program."""
from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx2
import pytest
from mcp import ClientSession, MCPError
from mcp.client.streamable_http import streamable_http_client

from conftest import Stack
from modelcraft_client import request, tenant_key

# The stand-in's script (mcp.json) answers this problem with SciPy's HyperGeometric keyword first, then PyMC's.
FISH = ("[e2e: mcp] A lake holds an unknown number of fish. We tagged 23 of them; later we caught 19, and 4 of"
        " those were tagged. How many fish are in the lake? Write a PyMC model.")
HEIGHTS_CSV = "height\n178.0\n171.5\n183.2\n169.9\n175.4\n180.1\n172.8\n177.6\n"
READS_CSV = """import pandas as pd
import pymc as pm

heights = pd.read_csv("heights.csv")["height"].to_numpy()
with pm.Model() as model:
    mu = pm.Normal("mu", 175, 20)
    sigma = pm.HalfNormal("sigma", 10)
    pm.Normal("height", mu, sigma, observed=heights)
"""
TOOLS = {"generate_pymc_model", "check_pymc_model", "get_job", "refine_job", "run_diagnostics"}


class Transcript:
    """Every call of the session and what it answered, as the closing note shows it."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    async def call(self, session: ClientSession, tool: str, arguments: dict[str, Any]) -> Any:
        result = await session.call_tool(tool, arguments)
        text = result.content[0].text if result.content else None
        self.calls.append({"tool": tool, "arguments": arguments, "isError": result.is_error, "text": text})
        if not result.is_error:
            assert result.structured_content == json.loads(text), "the text carries the structured content as JSON"
        return result


@asynccontextmanager
async def mcp_session(stack: Stack, key: str | None) -> AsyncIterator[ClientSession]:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=300)) as http:
        async with streamable_http_client(f"{stack.gateway}/mcp", http_client=http) as (read, write):
            async with ClientSession(read, write) as session:
                yield session


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def test_an_mcp_session_writes_checks_and_refines_a_model(stack: Stack) -> None:
    transcript = Transcript()

    async def session_of_a_user() -> dict[str, Any]:
        async with mcp_session(stack, stack.api_key) as session:
            init = await session.initialize()
            tools = {tool.name: tool for tool in (await session.list_tools()).tools}
            assert set(tools) == TOOLS
            for tool in tools.values():
                assert len(tool.description) > 40 and tool.input_schema["type"] == "object"
            assert tools["generate_pymc_model"].input_schema["required"] == ["problem"]
            assert set(tools["check_pymc_model"].input_schema["properties"]) == {"code", "data_files", "diagnostics"}

            generated = await transcript.call(session, "generate_pymc_model", {"problem": FISH, "wait_seconds": 100})
            job = generated.structured_content
            assert not generated.is_error and job["status"] == "SUCCEEDED", job
            assert job["iterations"] == 2 and "k=tagged" in job["finalCode"]
            assert job["lastCheck"]["ok"] is True and job["lastCheck"]["stage"] == "complete"
            assert job["statusUrl"].endswith(f"/api/v1/jobs/{job['jobId']}")

            read = await transcript.call(session, "get_job", {"job_id": job["jobId"]})
            assert read.structured_content["finalCode"] == job["finalCode"]

            passed = await transcript.call(session, "check_pymc_model", {
                "code": READS_CSV, "data_files": [{"name": "heights.csv", "text": HEIGHTS_CSV}]})
            assert passed.structured_content["ok"] is True, passed.structured_content
            height = next(v for v in passed.structured_content["check"]["summary"]["variables"] if v["name"] == "height")
            assert height["shape"] == [8]
            without_data = await transcript.call(session, "check_pymc_model", {"code": READS_CSV})
            verdict = without_data.structured_content["check"]
            assert without_data.structured_content["ok"] is False and verdict["stage"] == "run"
            assert verdict["error"]["type"] == "FileNotFoundError"

            refined = await transcript.call(session, "refine_job", {
                "job_id": job["jobId"], "message": "Let the population go up to 1000 fish.", "wait_seconds": 100})
            assert refined.structured_content["status"] == "SUCCEEDED", refined.structured_content
            assert refined.structured_content["parentJobId"] == job["jobId"]

            diagnosed = await transcript.call(session, "run_diagnostics", {"job_id": job["jobId"]})
            posterior = diagnosed.structured_content["check"]["posterior"]
            assert diagnosed.structured_content["diagnostics"] is True and "N" in json.dumps(posterior), posterior
            return {"protocol": init.protocol_version, "server": init.server_info.name, "job": job["jobId"]}

    started = run(session_of_a_user())
    assert started["server"] == "modelcraft"

    async def bad_calls() -> None:
        async with mcp_session(stack, stack.api_key) as session:
            await session.initialize()
            for tool, arguments, reason in [
                ("check_pymc_model", {"code": "  "}, "\"code\" is required"),
                ("generate_pymc_model", {"problem": "How many fish?", "max_iterations": 99}, "\"max_iterations\" must be between 1 and 10"),
                ("generate_pymc_model", {"problem": "How many fish?", "model": "gpt-9"}, "is not allowed here"),
                ("get_job", {"job_id": "not-a-job"}, "no job not-a-job"),
                ("generate_pymc_model", {}, "problem"),
                ("check_pymc_model", {"code": "x = 1", "data_files": [{"name": "../secret", "text": "x"}]}, "plain file name"),
            ]:
                result = await transcript.call(session, tool, arguments)
                assert result.is_error and reason in result.content[0].text, (tool, result.content[0].text)
            # The session is alive after every refusal.
            assert not (await transcript.call(session, "get_job", {"job_id": started["job"]})).is_error

    run(bad_calls())

    other_key = tenant_key(stack.gateway, stack.admin_token, "mcp-other-tenant")

    async def another_tenant() -> None:
        async with mcp_session(stack, other_key) as session:
            await session.initialize()
            for tool in ("get_job", "run_diagnostics"):
                result = await transcript.call(session, tool, {"job_id": started["job"]})
                assert result.is_error and f"no job {started['job']}" in result.content[0].text
            result = await transcript.call(session, "refine_job", {"job_id": started["job"], "message": "More fish."})
            assert result.is_error and f"no job {started['job']}" in result.content[0].text

    run(another_tenant())
    (stack.run_dir / "mcp-session.json").write_text(json.dumps({"session": started, "calls": transcript.calls}, indent=1))


def test_mcp_without_a_valid_key_is_refused_with_401(stack: Stack) -> None:
    for headers in ({}, {"Authorization": "Bearer mck_not-a-key"}):
        answer = httpx2.post(f"{stack.gateway}/mcp", headers={**headers, "Accept": "application/json, text/event-stream"},
                             json={"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {}})
        assert answer.status_code == 401 and answer.headers["WWW-Authenticate"] == "Bearer"
        assert answer.json()["error"]["code"] == -32001

    async def without_key() -> None:
        async with mcp_session(stack, None) as session:
            await session.initialize()

    with pytest.raises(BaseException) as refused:
        run(without_key())
    assert any(isinstance(e, MCPError) for e in leaves(refused.value)), refused.value


def leaves(error: BaseException) -> list[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        return [leaf for inner in error.exceptions for leaf in leaves(inner)]
    return [error]


def test_the_check_api_answers_the_csv_program_with_its_data_and_without(stack: Stack) -> None:
    url = f"{stack.gateway}/api/v1/checks"
    status, passed = request("POST", url, {"code": READS_CSV, "files": [
        {"name": "heights.csv", "base64": base64.b64encode(HEIGHTS_CSV.encode()).decode()}]}, key=stack.api_key)
    assert status == 200 and passed["status"] == "CHECKED" and passed["ok"] is True, passed
    assert passed["files"] == {"heights.csv": len(HEIGHTS_CSV)} and passed["check"]["versions"]["pymc"] == "6.4.0"
    status, failed = request("POST", url, {"code": READS_CSV}, key=stack.api_key)
    assert status == 200 and failed["ok"] is False and failed["check"]["error"]["type"] == "FileNotFoundError"
    assert failed["check"]["error"]["line"] == 4
    status, again = request("GET", failed["statusUrl"].replace("localhost", "127.0.0.1"), key=stack.api_key)
    assert status == 200 and again == failed
    status, queued = request("POST", url + "?wait=0", {"code": READS_CSV}, key=stack.api_key)
    assert status == 202 and queued["status"] == "QUEUED"
