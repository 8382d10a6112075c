"""The problems with a known answer (``check`` in deploy/demo/thinkbayes.jsonl): a known-good program for each
(deploy/demo/reference/) passes the check held to its problem, and the diagnostics tier's real sampling run puts
the posterior mean within the stated tolerance, judged as the real-model benchmark judges the model's programs
(deploy/bench/quality_metrics.posterior_verdict). So the references the benchmark scores against are right, the
checks do not reject a right answer, and the sampling run measures what it says."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from modelcraft_check.client import SandboxClient
from modelcraft_check.sampling import SampleSettings
from modelcraft_check.worker_limits import diagnostics_settings, sandbox_properties

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "deploy" / "bench"))
from quality_metrics import posterior_verdict  # noqa: E402

PROBLEMS = [json.loads(line) for line in (ROOT / "deploy/demo/thinkbayes.jsonl").read_text().splitlines()
            if line.strip()]
WITH_ANSWERS = [problem for problem in PROBLEMS if "check" in problem]
WORKER_SAMPLING = SampleSettings(**diagnostics_settings(sandbox_properties()))
# Metropolis moves a discrete variable slowly (an effective draw per 10 to 20), and A's tolerance is a tenth of its
# posterior sd: these get enough draws for a Monte Carlo error well inside the tolerance (the benchmark takes 4,000).
DRAWS = {"grizzly-bears": 2000, "train-problem": 4000, "german-tank": 4000, "cookie": 2000, "height-comparison": 2000}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxClient]:
    with SandboxClient(sys.executable, ["--uid", "61812"]) as client:
        yield client


def test_every_problem_with_an_answer_has_a_reference_program() -> None:
    assert len(WITH_ANSWERS) == 11
    assert sorted(path.stem for path in (ROOT / "deploy/demo/reference").glob("*.py")) == sorted(
        problem["id"] for problem in WITH_ANSWERS)


@pytest.mark.parametrize("problem", WITH_ANSWERS, ids=[problem["id"] for problem in WITH_ANSWERS])
def test_the_reference_program_passes_and_its_posterior_holds_the_answer(sandbox: SandboxClient, problem: dict) -> None:
    code = (ROOT / "deploy/demo/reference" / f"{problem['id']}.py").read_text()
    sampling = dataclasses.replace(WORKER_SAMPLING, draws=DRAWS.get(problem["id"], WORKER_SAMPLING.draws))
    verdict = sandbox.request({"code": code, "problem": problem["problem"], "sample": sampling.to_request()})
    assert verdict["ok"] is True, verdict["error"]
    judged = posterior_verdict(problem["check"], verdict)
    assert judged["correct"] is True and judged["byName"] is True, (judged, verdict["posterior"])
