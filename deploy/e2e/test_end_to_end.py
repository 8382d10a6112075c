"""The grizzly-bear job end to end: gateway → Kafka → agent (scripted LLM stand-in) → worker (real PyMC)
→ Postgres → webhook. Every component but the LLM is the real one."""
from __future__ import annotations

import json
import time
import urllib.request
from pathlib import Path

from conftest import ROOT, Stack
from modelcraft_client import read_jsonl, request, submit, wait_until_final

GRIZZLY = json.loads((ROOT / "deploy/demo/grizzly-bears.jsonl").read_text().splitlines()[0])


def line_of(code: str, needle: str) -> int:
    return next(i for i, line in enumerate(code.splitlines(), start=1) if needle in line)


def test_grizzly_job_fails_once_on_pymc_error_then_succeeds(stack: Stack) -> None:
    submitted = submit(stack.gateway, stack.api_key, GRIZZLY["problem"], stack.webhook_url)
    status, right_after = request("GET", submitted["statusUrl"].replace("localhost", "127.0.0.1"), key=stack.api_key)
    assert status == 200 and right_after["id"] == submitted["id"]

    job = wait_until_final(stack.gateway, stack.api_key, submitted["id"], timeout_s=240)

    assert job["status"] == "SUCCEEDED", job.get("failureReason")
    first, second = job["iterations"]
    assert (first["number"], second["number"]) == (1, 2)
    assert "M=n1" in first["code"] and "```" not in first["code"]
    error = first["check"]["error"]
    assert first["check"]["ok"] is False and first["check"]["stage"] == "run"
    assert error["type"] == "TypeError"
    assert "HyperGeometric" in error["message"] or "'k'" in error["message"] or "'M'" in error["message"]
    assert error["line"] == line_of(first["code"], "pm.HyperGeometric(")
    assert "pm.HyperGeometric(" in error["source_line"]
    assert second["check"]["ok"] is True and second["check"]["stage"] == "complete"
    assert job["finalCode"] == second["code"] and "k=n1" in job["finalCode"]
    assert second["check"]["versions"]["pymc"] == "6.4.0"

    llm_requests = [r["request"] for r in read_jsonl(str(stack.llm_log))
                    if "hair traps" in json.dumps(r["request"]["messages"])]
    assert len(llm_requests) == 2
    feedback = llm_requests[1]["messages"][-1]["content"]
    assert error["message"].strip() in feedback and f"line {error['line']}" in feedback
    assert second["messages"] == llm_requests[1]["messages"]

    time.sleep(2)  # a duplicate webhook would arrive within the sweep interval
    hooks = [h for h in read_jsonl(str(stack.webhook_log)) if h["body"]["data"]["id"] == job["id"]]
    assert len(hooks) == 1
    assert hooks[0]["signature_valid"] is True and hooks[0]["body"]["type"] == "job.succeeded"


def test_bad_input_is_refused_with_a_reason(stack: Stack) -> None:
    url = f"{stack.gateway}/api/v1/jobs"
    cases = {
        "empty problem": request("POST", url, {"problem": "   "}, key=stack.api_key),
        "oversize problem": request("POST", url, {"problem": "x" * 20001}, key=stack.api_key),
        "malformed JSON": request("POST", url, raw=b'{"problem": ', key=stack.api_key),
        "wrong content type": request("POST", url, raw=b"problem=bears", content_type="text/plain", key=stack.api_key),
        "no body": request("POST", url, raw=b"", key=stack.api_key),
        "wrong type": request("POST", url, {"problem": "bears", "maxIterations": "many"}, key=stack.api_key),
        "bad webhook URL": request("POST", url, {"problem": "bears", "webhookUrl": "ftp://example.org/x"}, key=stack.api_key),
    }
    for name, (status, body) in cases.items():
        assert status == 400, name
        assert isinstance(body, dict) and body["status"] == 400 and body["detail"], name
    status, body = request("GET", f"{url}/00000000-0000-0000-0000-000000000000", key=stack.api_key)
    assert status == 404 and body["detail"]
    status, body = request("GET", f"{url}/not-a-uuid", key=stack.api_key)
    assert status == 404
    status, body = request("GET", url)
    assert status == 401 and "Authorization: Bearer" in body["detail"]
    status, body = request("GET", url, key="mck_not-a-key")
    assert status == 401 and body["detail"]


def test_health_reports_up(stack: Stack) -> None:
    status, body = request("GET", f"{stack.gateway}/q/health")
    assert status == 200 and body["status"] == "UP"


def test_code_outside_the_model_is_moved_in_by_the_check_and_shown_so(stack: Stack) -> None:
    problem = "A clinic saw 7 of 10 patients recover. Estimate the recovery probability with PyMC; name it `p`."
    submitted = submit(stack.gateway, stack.api_key, problem, stack.webhook_url)
    job = wait_until_final(stack.gateway, stack.api_key, submitted["id"], timeout_s=240)

    assert job["status"] == "SUCCEEDED", job.get("failureReason")
    first, second = job["iterations"]
    moved = first["check"]["rewrite"]
    assert moved["changes"] == ["lines 3, 6 built model parts outside the `with pm.Model()` block opened at line 4: "
                                "the check moved them into that block"]
    assert first["check"]["stage"] == "evaluate" and first["check"]["error"]["type"] == "NonFiniteLogp"
    assert first["check"]["error"]["line"] == line_of(moved["code"], "pm.Binomial(")
    assert "    idata = pm.sample()" in moved["code"] and "    idata = pm.sample()" not in first["code"]

    llm_requests = [r["request"] for r in read_jsonl(str(stack.llm_log))
                    if "patients recover" in json.dumps(r["request"]["messages"])]
    shown, feedback = llm_requests[1]["messages"][-2:]
    assert shown["role"] == "assistant" and shown["content"] == "```python\n" + moved["code"].strip() + "\n```"
    assert "the check changed it (the program above is the changed one; keep the change):\n- lines 3, 6" in feedback["content"]

    assert second["check"]["ok"] is True and second["check"]["rewrite"] is not None
    assert job["finalCode"] == second["check"]["rewrite"]["code"] != second["code"]


def test_a_job_with_diagnostics_shows_the_posterior_of_its_passing_program(stack: Stack) -> None:
    submitted = submit(stack.gateway, stack.api_key, GRIZZLY["problem"], diagnostics=True)
    job = wait_until_final(stack.gateway, stack.api_key, submitted["id"], timeout_s=300)

    assert job["status"] == "SUCCEEDED" and job["diagnostics"] is True, job.get("failureReason")
    failed, passed = job["iterations"]
    assert failed["check"]["posterior"] is None, "a failing check is not sampled"
    posterior = passed["check"]["posterior"]
    assert (posterior["draws"], posterior["chains"]) == (500, 4)
    population = posterior["variables"]["N"]
    assert 100 < population["mean"] < 260 and population["sd"] > 0, population
    assert population["r_hat"] is not None and population["ess_bulk"] is not None
    # N is discrete, so Metropolis moves it: the check says its effective draws are few, with its line.
    low_ess = next(w for w in passed["check"]["warnings"] if w["code"] == "low_ess")
    assert low_ess["line"] == line_of(passed["code"], 'pm.DiscreteUniform("N"')
    # The posterior's plot is stored apart and served as a PNG; the verdict names it by its URL.
    url = posterior["plots"]["posterior"]
    assert url == f"/api/v1/jobs/{job['id']}/iterations/2/plots/posterior.png", posterior["plots"]
    plot = urllib.request.Request(stack.gateway + url, headers={"authorization": f"Bearer {stack.api_key}"})
    with urllib.request.urlopen(plot, timeout=30) as response:
        assert response.headers["content-type"] == "image/png"
        assert response.read().startswith(b"\x89PNG\r\n\x1a\n")
