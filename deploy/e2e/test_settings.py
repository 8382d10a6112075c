"""Settings from the README's configuration table reach the services when set before services.sh start."""
from __future__ import annotations

import json

from conftest import ROOT, SETTINGS, Stack
from modelcraft_client import request, submit, wait_until_final

GRIZZLY = json.loads((ROOT / "deploy/demo/grizzly-bears.jsonl").read_text().splitlines()[0])


def test_the_gateway_uses_the_problem_limit_from_the_environment(stack: Stack) -> None:
    limit = int(SETTINGS["MODELCRAFT_MAX_PROBLEM_CHARS"])
    status, body = request("POST", f"{stack.gateway}/api/v1/jobs", {"problem": "x" * (limit + 1)}, key=stack.api_key)
    assert status == 400 and str(limit) in body["detail"], body  # the default limit, 20000, would accept it


def test_the_agent_uses_the_default_iteration_budget_from_the_environment(stack: Stack) -> None:
    job = submit(stack.gateway, stack.api_key, GRIZZLY["problem"])
    ended = wait_until_final(stack.gateway, stack.api_key, job["id"], timeout_s=240)
    assert ended["maxIterations"] == int(SETTINGS["MODELCRAFT_MAX_ITERATIONS"]), ended
