"""The distributions and parameter names the prompts teach exist in the installed PyMC, as written, and the worked
example a prompt shows passes the check, against the problem it answers."""

from __future__ import annotations

import re
from pathlib import Path

import pymc as pm
import pytest

from modelcraft_check import check_source
from modelcraft_check.hints import parameter_names

PROMPTS = Path(__file__).resolve().parents[3] / "agent-service/src/main/resources/prompts"
CALL = re.compile(r"pm\.([A-Z]\w*)\(name((?:, \w+)*)\)")


def taught_calls(version: str) -> list[tuple[str, list[str]]]:
    text = (PROMPTS / version / "system.txt").read_text()
    return [(m.group(1), [p.strip() for p in m.group(2).split(",") if p.strip()]) for m in CALL.finditer(text)]


@pytest.mark.parametrize("version", ["v4", "v5", "v6"])
def test_every_taught_signature_is_accepted_by_the_installed_pymc(version: str):
    calls = taught_calls(version)
    assert len(calls) >= 15, calls
    for name, parameters in calls:
        cls = getattr(pm, name, None)
        assert cls is not None, f"pm.{name} does not exist in PyMC {pm.__version__}"
        if name == "Deterministic":
            continue
        accepted = parameter_names(cls)
        assert set(parameters) <= set(accepted), f"pm.{name}: {parameters} not all in {accepted}"


EXAMPLE = re.compile(r'for another problem \("(?P<problem>.+?)"\):\s*```python\n(?P<code>.+?)```', re.S)


@pytest.mark.parametrize("version", ["v6"])
def test_the_worked_example_passes_every_stage_for_its_own_problem(version: str):
    example = EXAMPLE.search((PROMPTS / version / "system.txt").read_text())
    assert example is not None, "no worked example in the system prompt"
    problem = " ".join(example.group("problem").split())
    verdict = check_source(example.group("code"), problem=problem)
    assert verdict.ok, verdict.error
    assert verdict.stage == "complete"
    assert not verdict.warnings, verdict.warnings


SECTION = re.compile(r"^## (?P<problem>.+?)\n+```python\n(?P<code>.+?)```", re.S | re.M)


@pytest.mark.parametrize("version", ["v10", "v11", "v12"])
def test_every_worked_example_passes_every_stage_for_its_own_problem(version: str):
    examples = list(SECTION.finditer((PROMPTS / version / "examples.md").read_text()))
    assert len(examples) >= 10
    for example in examples:
        verdict = check_source(example.group("code"), problem=example.group("problem"))
        assert verdict.ok, (example.group("problem"), verdict.error)
        assert verdict.stage == "complete"
        assert {w.code for w in verdict.warnings} <= {"discrete_free_variable"}, verdict.warnings
