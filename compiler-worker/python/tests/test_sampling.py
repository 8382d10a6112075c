"""Sample mode through the real sandbox (the launcher the worker uses), and through check-model."""

from __future__ import annotations

import dataclasses
import json
import math
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from modelcraft_check.client import SandboxClient, parse_arguments
from modelcraft_check.sampling import SampleSettings, statistic
from modelcraft_check.worker_limits import diagnostics_settings, sandbox_properties
from programs import GRIZZLY_FIXED, GRIZZLY_WRONG

WORKER_SAMPLING = SampleSettings(**diagnostics_settings(sandbox_properties()))
CHECK_MODEL = Path(__file__).resolve().parents[2] / "bin" / "check-model"
POSTERIOR_KEYS = {"draws", "chains", "seconds", "divergences", "bfmi", "variables", "plots", "plot_errors"}
STATISTIC_KEYS = {"mean", "sd", "eti89_lower", "eti89_upper", "mcse_mean", "r_hat", "ess_bulk", "ess_tail"}

EURO_COIN = """
import pymc as pm
with pm.Model() as model:
    p = pm.Beta("p", 1, 1)
    heads = pm.Binomial("heads", n=250, p=p, observed=140)
    pm.Deterministic("odds", p / (1 - p))
    idata = pm.sample()
"""

VECTOR = """
import pymc as pm
with pm.Model(coords={"group": ["a", "b", "c"]}) as model:
    mu = pm.Normal("mu", [0.0, 5.0, -5.0], 0.1, dims="group")
"""

# From a real answer to the height problem: a comparison traced as a deterministic holds booleans.
COMPARISON = """
import pymc as pm
with pm.Model() as model:
    a = pm.Normal("a", mu=178, sigma=7.7)
    b = pm.Normal("b", mu=178, sigma=7.7)
    taller = pm.Deterministic("taller", a > b)
"""

NO_FREE_VARIABLES = """
import pymc as pm
with pm.Model() as model:
    pm.Normal("y", 0, 1, observed=[0.1, 0.2])
"""

# A Beta(141, 111) posterior: the conjugate update of Beta(1, 1) by 140 heads in 250 throws.
EURO_POSTERIOR_MEAN = 141 / 252
GRIZZLY_POSTERIOR_MEAN = 173  # exact: 173.8 (sum over N = 50..500 of N times the normalised likelihood)
# Metropolis on N mixes slowly (ESS ~50 at the default 500 draws): 4,000 draws a chain give ESS ~760,
# a Monte Carlo error of about 3.3 on the mean.
GRIZZLY_DRAWS = 4000


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxClient]:
    with SandboxClient(sys.executable, ["--uid", "61800"]) as client:
        yield client


def sampled(verdict: dict) -> dict:
    assert verdict["ok"] is True, verdict
    assert verdict["stage"] == "complete", verdict
    posterior = verdict["posterior"]
    assert set(posterior) == POSTERIOR_KEYS, posterior
    return posterior


def test_euro_coin_posterior_mean(sandbox: SandboxClient) -> None:
    posterior = sampled(sandbox.check(EURO_COIN, WORKER_SAMPLING))
    assert (posterior["draws"], posterior["chains"]) == (500, 4)
    assert posterior["divergences"] == 0
    assert posterior["seconds"] > 0
    assert list(posterior["variables"]) == ["p", "odds"]
    p = posterior["variables"]["p"]
    assert set(p) == STATISTIC_KEYS
    assert abs(p["mean"] - EURO_POSTERIOR_MEAN) < 0.01, p
    assert abs(p["sd"] - 0.031) < 0.005, p
    assert p["r_hat"] < 1.02 and p["ess_bulk"] > 300 and p["ess_tail"] > 300, p
    # the exact 89% equal-tailed interval of Beta(141, 111): scipy.stats.beta.ppf([0.055, 0.945], 141, 111)
    assert abs(p["eti89_lower"] - 0.5096) < 0.006 and abs(p["eti89_upper"] - 0.6090) < 0.006, p
    assert 0 < p["mcse_mean"] < 0.003, p
    assert len(posterior["bfmi"]) == 4 and min(posterior["bfmi"]) > 0.3, posterior["bfmi"]


def test_grizzly_population_with_discrete_free_variable(sandbox: SandboxClient) -> None:
    verdict = sandbox.check(GRIZZLY_FIXED, dataclasses.replace(WORKER_SAMPLING, draws=GRIZZLY_DRAWS))
    posterior = sampled(verdict)
    assert [w["code"] for w in verdict["warnings"]] == ["discrete_free_variable"]
    assert posterior["divergences"] is None  # Metropolis only: no step method reports divergences
    assert posterior["bfmi"] is None  # nor the energy E-BFMI is computed from
    n = posterior["variables"]["N"]
    assert abs(n["mean"] - GRIZZLY_POSTERIOR_MEAN) < 12, n
    assert n["r_hat"] < 1.02, n


def test_failing_program_gives_the_ordinary_failure(sandbox: SandboxClient) -> None:
    in_sample_mode = sandbox.check(GRIZZLY_WRONG, WORKER_SAMPLING)
    ordinary = sandbox.check(GRIZZLY_WRONG)
    assert in_sample_mode["stage"] == "run" and in_sample_mode["error"]["type"] == "TypeError"
    assert in_sample_mode["posterior"] is None
    assert {**in_sample_mode, "duration_ms": 0} == {**ordinary, "duration_ms": 0}


def test_ordinary_check_has_no_posterior(sandbox: SandboxClient) -> None:
    verdict = sandbox.check(EURO_COIN)
    assert verdict["ok"] is True
    assert verdict["posterior"] is None


def test_vector_variables_give_flattened_lists(sandbox: SandboxClient) -> None:
    posterior = sampled(sandbox.check(VECTOR, dataclasses.replace(WORKER_SAMPLING, draws=200, tune=200)))
    mu = posterior["variables"]["mu"]
    assert all(isinstance(mu[key], list) and len(mu[key]) == 3 for key in STATISTIC_KEYS), mu
    assert [round(value) for value in mu["mean"]] == [0, 5, -5]


def test_boolean_deterministic_is_summarised_over_zero_and_one(sandbox: SandboxClient) -> None:
    posterior = sampled(sandbox.check(COMPARISON, dataclasses.replace(WORKER_SAMPLING, draws=500, tune=200)))
    taller = posterior["variables"]["taller"]
    assert 0.4 < taller["mean"] < 0.6, taller  # a and b are exchangeable: P(a > b) = 1/2
    assert taller["r_hat"] is not None and taller["ess_bulk"] is not None, taller


def test_a_model_pm_sample_refuses_fails_the_check_before_sampling(sandbox: SandboxClient) -> None:
    # pm.sample() raises for a model without free variables; the check, which never runs it, says so itself.
    verdict = sandbox.check(NO_FREE_VARIABLES, WORKER_SAMPLING)
    assert verdict["ok"] is False and verdict["stage"] == "evaluate", verdict
    assert verdict["error"]["type"] == "SamplingError" and verdict["error"]["line"] == 4
    assert verdict["error"]["message"].startswith("Cannot sample from the model, since the model does not contain "
                                                  "any free variables")
    assert verdict["posterior"] is None


def test_budget_exceeded_keeps_the_check_ok(sandbox: SandboxClient) -> None:
    verdict = sandbox.check(EURO_COIN, dataclasses.replace(WORKER_SAMPLING, draws=100_000, seconds=1))
    assert verdict["ok"] is True, verdict
    assert verdict["posterior"] == {"error": "sampling stopped: its budget of 1 s ran out"}
    assert [w["code"] for w in verdict["warnings"]] == ["sampling_failed"], verdict["warnings"]
    assert verdict["duration_ms"] < 20_000
    assert sandbox.check(EURO_COIN)["ok"] is True  # the server and its spares are fine after it


def test_sample_mode_outlasts_an_ordinary_checks_wall_limit() -> None:
    # The request's budget is added to the server's limits: sampling may take longer than a check may.
    with SandboxClient(sys.executable, ["--uid", "61802", "--wall-seconds", "2", "--cpu-seconds", "2"]) as client:
        posterior = sampled(client.check(EURO_COIN, dataclasses.replace(WORKER_SAMPLING, draws=3000, tune=1000, chains=1)))
        assert posterior["seconds"] > 2, posterior
        assert client.check("while True:\n    pass\n")["stage"] == "sandbox"


def test_invalid_sample_settings_are_a_verdict(sandbox: SandboxClient) -> None:
    complete = WORKER_SAMPLING.to_request()
    for bad in ({**complete, "draws": 0}, {**complete, "chains": "two"}, {**complete, "seconds": -1},
                {**complete, "thin": 2}, {"draws": 500}, [500]):
        verdict = sandbox.request({"code": EURO_COIN, "sample": bad})
        assert verdict["ok"] is False and verdict["stage"] == "internal", verdict
        assert verdict["error"]["type"] == "BadRequest", verdict
    assert sandbox.check(EURO_COIN)["ok"] is True


def test_check_model_sample_prints_the_posterior_last(tmp_path: Path) -> None:
    program = tmp_path / "euro.py"
    program.write_text(EURO_COIN)
    completed = subprocess.run(
        [str(CHECK_MODEL), str(program), "--sample", "--draws", "300", "--tune", "300", "--chains", "2",
         "--sample-seconds", "30", "--uid", "61804", "--plots", str(tmp_path / "plots")],
        capture_output=True, text=True, timeout=180, env={"PATH": "/usr/bin:/bin"},
        check=False)
    assert completed.returncode == 0, completed.stderr[-2000:]
    posterior = sampled(json.loads(completed.stdout.strip().splitlines()[-1]))
    assert (posterior["draws"], posterior["chains"]) == (300, 2)
    assert abs(posterior["variables"]["p"]["mean"] - EURO_POSTERIOR_MEAN) < 0.01
    # --plots writes the PNGs and names them in the verdict instead of their base64
    assert posterior["plots"] == {"posterior": str((tmp_path / "plots" / "posterior.png").resolve())}
    assert (tmp_path / "plots" / "posterior.png").read_bytes().startswith(b"\x89PNG")


def test_check_model_arguments() -> None:
    assert parse_arguments(["m.py", "--wall-seconds", "6"]) == ("m.py", None, ["--wall-seconds", "6"], None, None)
    path, sampling, rest, plots, data = parse_arguments(["m.py", "--uid", "7", "--sample", "--draws", "90", "--nice",
                                                         "3", "--plots", "out", "--data", "in"])
    assert (plots, data) == (Path("out"), Path("in"))
    assert (path, rest) == ("m.py", ["--uid", "7", "--nice", "3"])
    assert sampling == dataclasses.replace(WORKER_SAMPLING, draws=90)
    with pytest.raises(ValueError, match="need --sample"):
        parse_arguments(["m.py", "--draws", "90"])
    with pytest.raises(ValueError, match="need --sample"):
        parse_arguments(["m.py", "--plots", "out"])
    with pytest.raises(ValueError, match="draws"):
        parse_arguments(["m.py", "--sample", "--draws", "0"])


def test_statistics_are_plain_json() -> None:
    assert statistic(2.5) == 2.5
    assert statistic(math.nan) is None
    assert statistic([[1, 2], [3, math.inf]]) == [1.0, 2.0, 3.0, None]
    assert len(statistic(range(10_000))) == 100
