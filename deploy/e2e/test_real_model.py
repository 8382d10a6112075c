"""One job on the embedded real model (deploy/llm.sh): a real model answers and the real check runs on its
program. The test does not assert which program the model wrote, only that the loop ran on a real one."""
from __future__ import annotations

import json
import threading
import urllib.request
from typing import Any, Iterator

import pytest

from conftest import ROOT
from modelcraft_client import submit, wait_until_final
from private_stack import Stack, private_stack

EURO_COIN = next(p for p in map(json.loads, (ROOT / "deploy/demo/thinkbayes.jsonl").read_text().splitlines())
                 if p["id"] == "euro-coin")
MODEL = "qwen2.5-coder-1.5b"
# Bounded: at most two turns of at most 700 tokens each, the whole job within four minutes.
LIMITS = {"MC_LLM": MODEL, "LLM_MAX_OUTPUT_TOKENS": "700", "MODELCRAFT_JOB_DEADLINE": "4m"}


@pytest.fixture(scope="module")
def real_model_stack() -> Iterator[Stack]:
    with private_stack("realmodel", 18180, [], LIMITS) as running:
        yield running


def stream_events(gateway: str, key: str, job_id: str, into: list[dict[str, Any]]) -> None:
    """Reads the job's event stream until it ends, each event's data into `into`."""
    request = urllib.request.Request(f"{gateway}/api/v1/jobs/{job_id}/events",
                                     headers={"Authorization": f"Bearer {key}", "Accept": "text/event-stream"})
    with urllib.request.urlopen(request, timeout=300) as response:
        for line in response:
            if line.startswith(b"data:"):
                into.append(json.loads(line[5:].strip()))


def test_the_embedded_model_answers_and_its_program_is_checked(real_model_stack: Stack) -> None:
    submitted = submit(real_model_stack.gateway, real_model_stack.api_key, EURO_COIN["problem"], maxIterations=2)
    events: list[dict[str, Any]] = []
    follower = threading.Thread(target=stream_events, daemon=True,
                                args=(real_model_stack.gateway, real_model_stack.api_key, submitted["id"], events))
    follower.start()
    job = wait_until_final(real_model_stack.gateway, real_model_stack.api_key, submitted["id"], timeout_s=300)
    follower.join(timeout=30)

    assert job["status"] in {"SUCCEEDED", "FAILED"}, job
    assert job["model"] == MODEL and job["provider"] == "openai"
    assert job["promptVersion"] == "v13", "the embedded model's prompts: a new draw after a failure, a worked example"
    first = job["iterations"][0]
    assert first["asked"] == "the problem"
    if len(job["iterations"]) > 1:
        assert job["iterations"][1]["asked"].startswith("the problem afresh, as a new draw (temperature 0.7, seed 2)")
    assert first["response"].strip(), "the model answered"
    assert 0 < first["outputTokens"] <= 700 and first["inputTokens"] > 0
    assert first["llmMillis"] > 0
    assert "stand-in" not in first["response"].lower()
    drafts = [event["draft"] for event in events if event.get("draft") and event["draft"]["iteration"] == 1]
    assert len(drafts) >= 2, f"the stream showed the reply while it was written: {len(drafts)} drafts"
    last_call = max(draft["call"] for draft in drafts)
    assert all(first["response"].startswith(draft["text"]) for draft in drafts if draft["call"] == last_call), \
        "each draft of the call that gave the reply is the reply's start"
    checked = [it for it in job["iterations"] if it["code"] and it["check"]["stage"] not in {"extract", "repeat"}]
    assert checked, f"no iteration's program reached the checker: {job['iterations']}"
    verdict = checked[0]["check"]
    assert verdict["versions"]["pymc"] == "6.4.0", "the verdict comes from the real PyMC checker"
    assert verdict["duration_ms"] is not None and checked[0]["checkMillis"] is not None
    if job["status"] == "SUCCEEDED":
        last = job["iterations"][-1]
        # the program the passing verdict is about: the one the check moved code in, if it did
        assert job["finalCode"] == (last["check"].get("rewrite") or {}).get("code", last["code"])
    else:
        assert job["failureReason"]
