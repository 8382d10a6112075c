"""Brings up a private copy of the whole stack for the end-to-end tests (see deploy/demo/private_stack.py)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "deploy" / "demo"))

from private_stack import Stack, private_stack  # noqa: E402

SCRIPTS = [ROOT / "deploy/scripted-llm/grizzly.json", ROOT / "deploy/e2e/durability.json", ROOT / "deploy/e2e/mcp.json"]
# Settings of the README's configuration table, set in the environment of deploy/services.sh start: the
# services must see them (test_settings_reach_the_services).
SETTINGS = {"MODELCRAFT_MAX_PROBLEM_CHARS": "12345", "MODELCRAFT_MAX_ITERATIONS": "6"}


@pytest.fixture(scope="session")
def stack() -> Iterator[Stack]:
    with private_stack("e2e", 18080, SCRIPTS, SETTINGS) as running:
        yield running
