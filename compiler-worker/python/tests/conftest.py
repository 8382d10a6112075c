"""Test set-up: fast PyTensor settings before anything imports PyTensor."""

from __future__ import annotations

import json
import os
import tempfile
import textwrap
from pathlib import Path
from typing import Any

import pytest

PYTHON_DIR = Path(__file__).resolve().parents[1]
COMPILEDIR = Path(tempfile.gettempdir()) / "modelcraft-check-tests" / "pytensor_compiledir"

os.environ["PYTENSOR_FLAGS"] = f"mode=FAST_COMPILE,compiledir={COMPILEDIR}"
os.environ["MPLBACKEND"] = "Agg"

from modelcraft_check import check_source  # noqa: E402


def run_check(program: str) -> dict[str, Any]:
    """Check ``program`` in-process; return the verdict exactly as the JSON line says it."""
    verdict = check_source(textwrap.dedent(program).lstrip("\n"))
    line = verdict.to_json()
    assert "\n" not in line
    return json.loads(line)


@pytest.fixture
def check():
    return run_check


@pytest.fixture(scope="session")
def python_dir() -> Path:
    return PYTHON_DIR


@pytest.fixture(scope="session")
def checker_env() -> dict[str, str]:
    """The environment the Java worker gives the checker, plus this venv on PATH."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(PYTHON_DIR),
        "PYTENSOR_FLAGS": os.environ["PYTENSOR_FLAGS"],
        "MPLBACKEND": "Agg",
    }
