"""One job on the embedded real model (deploy/llm.sh): a real model answers and the real check runs on its
program. The test does not assert which program the model wrote, only that the loop ran on a real one."""
from __future__ import annotations

import json
from typing import Iterator

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


def test_the_embedded_model_answers_and_its_program_is_checked(real_model_stack: Stack) -> None:
    submitted = submit(real_model_stack.gateway, real_model_stack.api_key, EURO_COIN["problem"], maxIterations=2)
    job = wait_until_final(real_model_stack.gateway, real_model_stack.api_key, submitted["id"], timeout_s=300)

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
