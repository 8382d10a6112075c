"""The check limits have one definition, the worker's application.properties: check-model's sandbox gets
exactly those, and the sandbox server refuses to start without any one of them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from modelcraft_check.client import LAUNCHER, SandboxClient, parse_arguments
from modelcraft_check.worker_limits import PROPERTIES, diagnostics_settings, sandbox_properties, seconds, server_options


def test_every_limit_is_read_from_the_workers_properties():
    properties = sandbox_properties(env={})
    options = server_options(properties)
    assert options[options.index("--nice") + 1] == "10"
    assert options[options.index("--wall-seconds") + 1] == "60.0"
    assert options[options.index("--uid") + 1] == properties["first-uid"]
    assert properties["tmpfs-mib"] == "512"
    assert "MODELCRAFT_CHECK_TIMEOUT:60s" in PROPERTIES.read_text(), "the timeout's one definition"


def test_the_diagnostics_bounds_are_the_workers_too():
    assert diagnostics_settings(sandbox_properties(env={})) == {"draws": 500, "tune": 500, "chains": 4, "seconds": 120.0}
    shorter = diagnostics_settings(sandbox_properties(env={"MODELCRAFT_DIAGNOSTICS_BUDGET": "15s"}))
    assert shorter["seconds"] == 15.0
    sampling = parse_arguments(["m.py", "--sample", "--chains", "3"]).sampling
    assert (sampling.draws, sampling.tune, sampling.chains, sampling.seconds) == (500, 500, 3, 120.0)
    with pytest.raises(ValueError, match="modelcraft.sandbox.diagnostics.budget"):
        diagnostics_settings({"diagnostics.draws": "1", "diagnostics.tune": "1", "diagnostics.chains": "1"})


def test_an_environment_override_and_quarkus_durations():
    assert sandbox_properties(env={"MODELCRAFT_CHECK_TIMEOUT": "5s"})["wall-timeout"] == "5s"
    assert (seconds("500ms"), seconds("2m"), seconds("PT60S"), seconds("7")) == (0.5, 120.0, 60.0, 7.0)
    with pytest.raises(ValueError):
        seconds("soon")
    with pytest.raises(ValueError, match="modelcraft.sandbox.nice"):
        server_options({k: "1" for k in ("first-uid", "memory-mib", "cpu-seconds", "wall-timeout", "file-mib",
                                         "processes", "open-files")})


def test_a_hand_check_runs_with_the_workers_niceness_and_cpu_limit():
    probe = ("import os, resource\n"
             "raise RuntimeError(f'nice={os.nice(0)} cpu={resource.getrlimit(resource.RLIMIT_CPU)[0]}')\n")
    with SandboxClient(sys.executable) as client:
        verdict = client.check(probe)
    assert verdict["error"]["message"] == "nice=10 cpu=60", verdict["error"]


def test_the_sandbox_server_will_not_start_without_its_limits(tmp_path: Path):
    started = subprocess.run([sys.executable, "-m", "modelcraft_check.server", "--work-root", str(tmp_path)],
                             capture_output=True, text=True, timeout=60, cwd=LAUNCHER.parents[1] / "python")
    assert started.returncode == 2 and "the following arguments are required: --uid" in started.stderr
