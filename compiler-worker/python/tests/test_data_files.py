"""Data files for a check: ``check-model FILE --data DIR`` and the server's ``files``: the program reads them from
its working directory; anything else of the machine stays invisible; a refused file is a verdict with the reason."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from modelcraft_check.client import SandboxClient

CHECK_MODEL = Path(__file__).resolve().parents[2] / "bin" / "check-model"
HEIGHTS_CSV = b"height\n178.0\n171.5\n183.2\n169.9\n175.4\n180.1\n172.8\n177.6\n"

READS_CSV = """
import pandas as pd
import pymc as pm

heights = pd.read_csv("heights.csv")["height"].to_numpy()
with pm.Model() as model:
    mu = pm.Normal("mu", 175, 20)
    sigma = pm.HalfNormal("sigma", 10)
    pm.Normal("height", mu, sigma, observed=heights)
"""


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxClient]:
    with SandboxClient(sys.executable, ["--uid", "61816"]) as client:
        yield client


def check_model(program: Path, *options: str) -> dict:
    completed = subprocess.run([str(CHECK_MODEL), str(program), *options, "--uid", "61820"], capture_output=True,
                               text=True, timeout=180, env={"PATH": "/usr/bin:/bin"}, check=False)
    assert completed.returncode == 0, completed.stderr[-2000:]
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_a_program_reading_a_csv_passes_with_its_data_directory(tmp_path: Path) -> None:
    program = tmp_path / "model.py"
    program.write_text(READS_CSV)
    data = tmp_path / "data"
    data.mkdir()
    (data / "heights.csv").write_bytes(HEIGHTS_CSV)
    verdict = check_model(program, "--data", str(data))
    assert verdict["ok"] is True, verdict["error"]
    height = next(v for v in verdict["summary"]["variables"] if v["name"] == "height")
    assert height["shape"] == [8], "the model observed the eight heights of the file"

    without = check_model(program)
    assert without["stage"] == "run" and without["error"]["type"] == "FileNotFoundError"


def test_data_files_are_read_only_and_nothing_else_of_the_machine_is_visible(sandbox: SandboxClient) -> None:
    probe = f"""
import os
assert open("heights.csv").read().startswith("height")
assert not os.access("heights.csv", os.W_OK) or os.stat("heights.csv").st_mode & 0o777 == 0o444
open({str(CHECK_MODEL)!r})
"""
    verdict = sandbox.check(probe, files={"heights.csv": HEIGHTS_CSV})
    assert verdict["stage"] == "run" and verdict["error"]["type"] == "FileNotFoundError", verdict["error"]
    assert verdict["error"]["line"] == 5


def test_a_name_with_a_directory_is_refused_with_the_reason(sandbox: SandboxClient) -> None:
    for name in ("../escape.csv", "data/heights.csv", ".hidden"):
        verdict = sandbox.request({"code": READS_CSV, "files": {name: "aGVpZ2h0Cg=="}})
        assert verdict["stage"] == "internal" and verdict["error"]["type"] == "BadRequest", verdict
        assert "not a plain file name" in verdict["error"]["message"]
    verdict = sandbox.request({"code": READS_CSV, "files": {"heights.csv": "not base64!"}})
    assert "not base64" in verdict["error"]["message"]


def test_a_file_over_the_sandbox_limit_is_refused_with_its_size() -> None:
    with SandboxClient(sys.executable, ["--uid", "61818", "--file-mib", "1"]) as small:
        verdict = small.check(READS_CSV, files={"heights.csv": b"1.0\n" * 300_000})
        assert verdict["error"]["type"] == "BadRequest", verdict
        assert "heights.csv has 1200000 bytes, more than the 1048576" in verdict["error"]["message"]
        assert small.check(READS_CSV, files={"heights.csv": HEIGHTS_CSV})["ok"] is True
