"""The distributions and parameter names the prompts teach exist in the installed PyMC, as written."""

from __future__ import annotations

import re
from pathlib import Path

import pymc as pm
import pytest

from modelcraft_check.hints import parameter_names

PROMPTS = Path(__file__).resolve().parents[3] / "agent-service/src/main/resources/prompts"
CALL = re.compile(r"pm\.([A-Z]\w*)\(name((?:, \w+)*)\)")


def taught_calls(version: str) -> list[tuple[str, list[str]]]:
    text = (PROMPTS / version / "system.txt").read_text()
    return [(m.group(1), [p.strip() for p in m.group(2).split(",") if p.strip()]) for m in CALL.finditer(text)]


@pytest.mark.parametrize("version", ["v4", "v5"])
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
