"""The command line end to end, in a fresh process like the Java worker starts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from programs import (
    GRIZZLY_FIXED_USING_RESULTS,
    GRIZZLY_MESSAGE,
    GRIZZLY_MISSING_K,
    GRIZZLY_WRONG,
)


def run_cli(args, env, cwd, stdin=None):
    completed = subprocess.run(
        [sys.executable, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )
    lines = [line for line in completed.stdout.splitlines() if line.strip()]
    assert lines, f"no stdout; stderr: {completed.stderr[-2000:]}"
    return completed, json.loads(lines[-1])


def test_cli_file_argument_wrong_grizzly(tmp_path, checker_env):
    program = tmp_path / "model.py"
    program.write_text(GRIZZLY_WRONG)
    completed, verdict = run_cli(["-m", "modelcraft_check", str(program)], checker_env, tmp_path)
    assert completed.returncode == 0
    assert verdict["stage"] == "run"
    assert verdict["error"]["type"] == "TypeError"
    assert verdict["error"]["line"] == 9
    assert verdict["error"]["hint"].startswith("HyperGeometric does not accept the keyword argument 'M'")


def test_cli_file_argument_grizzly_missing_k(tmp_path, checker_env):
    program = tmp_path / "model.py"
    program.write_text(GRIZZLY_MISSING_K)
    completed, verdict = run_cli(["-m", "modelcraft_check", str(program)], checker_env, tmp_path)
    assert completed.returncode == 0
    assert verdict["stage"] == "run"
    assert verdict["error"]["type"] == "TypeError"
    assert verdict["error"]["message"] == GRIZZLY_MESSAGE
    assert verdict["error"]["line"] == 9
    assert verdict["error"]["hint"].startswith("pm.HyperGeometric(name, N, k, n, **kwargs)")


def test_cli_stdin_fixed_grizzly_using_results(tmp_path, checker_env):
    completed, verdict = run_cli(
        ["-m", "modelcraft_check"], checker_env, tmp_path, stdin=GRIZZLY_FIXED_USING_RESULTS
    )
    assert completed.returncode == 0
    assert verdict["ok"] is True
    assert verdict["stage"] == "complete"
    assert [w["code"] for w in verdict["warnings"]] == ["discrete_free_variable"]


def test_cli_user_output_cannot_corrupt_the_last_line(tmp_path, checker_env):
    program = tmp_path / "noisy.py"
    program.write_text(
        "import os, sys, atexit\n"
        "import pymc as pm\n"
        "print('{\"ok\": false}')\n"
        "print('x' * 200_000)\n"
        "os.write(1, b'written straight to fd 1 without newline')\n"
        "sys.__stdout__.write('via sys.__stdout__')\n"
        "atexit.register(print, 'late words from atexit')\n"
        "with pm.Model() as model:\n"
        "    pm.Normal('mu', 0, 1)\n"
        "print('after the model', end='')\n"
    )
    completed, verdict = run_cli(["-m", "modelcraft_check", str(program)], checker_env, tmp_path)
    assert completed.returncode == 0
    assert completed.stdout.count("\n") == 1  # the verdict is the only thing on stdout
    assert verdict["ok"] is True


def test_cli_working_directory_with_pytensor_folder(tmp_path, checker_env):
    # The Java worker puts PyTensor's compile dir at <cwd>/pytensor (with an __init__.py).
    shadow = tmp_path / "pytensor"
    shadow.mkdir()
    (shadow / "__init__.py").write_text("")
    env = dict(checker_env, PYTENSOR_FLAGS=f"mode=FAST_COMPILE,compiledir={shadow}")
    completed, verdict = run_cli(
        ["-m", "modelcraft_check"], env, tmp_path, stdin="import pymc as pm\nx = pm.Model()\n"
    )
    assert completed.returncode == 0
    assert verdict["stage"] == "find_model"


def test_cli_isolated_mode_with_package_path(tmp_path, python_dir, checker_env):
    env = {key: value for key, value in checker_env.items() if key != "PYTHONPATH"}
    completed, verdict = run_cli(
        ["-I", str(Path(python_dir) / "modelcraft_check")],
        env,
        tmp_path,
        stdin="import pymc as pm\nwith pm.Model():\n    pm.Normal('mu', 0, 1\n",
    )
    assert completed.returncode == 0
    assert verdict["stage"] == "parse"
    assert verdict["error"]["line"] == 3
