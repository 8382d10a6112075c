"""The diagnostics tier: a short real sampling run after a passing check, and its shortfalls as warnings."""

from __future__ import annotations

import base64
import dataclasses
import sys
from collections.abc import Iterator

import numpy as np
import pytest
import xarray as xr

from modelcraft_check.client import SandboxClient
from modelcraft_check.diagnostics import diagnostic_warnings
from modelcraft_check.parse import parse_source
from modelcraft_check.plots import MAX_PANELS, MAX_PNG_BYTES, plotted_variables
from modelcraft_check.sampling import SampleSettings
from modelcraft_check.verdict import Posterior, SamplingFailure, VariablePosterior
from modelcraft_check.worker_limits import diagnostics_settings, sandbox_properties
from programs import GRIZZLY_FIXED

WORKER_SAMPLING = SampleSettings(**diagnostics_settings(sandbox_properties()))

# Neal's funnel written centred: the scale of x is exp(v / 2), which NUTS cannot follow into the neck.
CENTRED_FUNNEL = """
import pymc as pm
with pm.Model() as model:
    v = pm.Normal("v", 0, 3)
    x = pm.Normal("x", 0, pm.math.exp(v / 2), shape=9)
"""

WELL_BEHAVED = """
import pymc as pm
with pm.Model() as model:
    p = pm.Beta("p", 1, 1)
    heads = pm.Binomial("heads", n=250, p=p, observed=140)
"""

SOURCE = parse_source("import pymc as pm\nwith pm.Model():\n    mu = pm.Normal('mu', 0, 1)\n"
                      "    theta = pm.Normal('theta', mu, 1, shape=2)\n", "model.py").source


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxClient]:
    with SandboxClient(sys.executable, ["--uid", "61806"]) as client:
        yield client


def codes(verdict: dict) -> list[str]:
    return [warning["code"] for warning in verdict["warnings"]]


def test_a_centred_funnel_diverges_and_the_warning_says_how_to_fix_it(sandbox: SandboxClient) -> None:
    verdict = sandbox.check(CENTRED_FUNNEL, WORKER_SAMPLING)
    assert verdict["ok"] is True, verdict
    assert verdict["posterior"]["divergences"] > 0, verdict["posterior"]
    divergences = next(w for w in verdict["warnings"] if w["code"] == "divergences")
    assert f"{verdict['posterior']['divergences']} of 2000 draws diverged" in divergences["message"]
    assert "non-centred" in divergences["message"]


def test_a_discrete_variable_under_metropolis_has_few_effective_draws(sandbox: SandboxClient) -> None:
    verdict = sandbox.check(GRIZZLY_FIXED, WORKER_SAMPLING)
    assert verdict["ok"] is True, verdict
    low = next(w for w in verdict["warnings"] if w["code"] == "low_ess")
    ess = min(verdict["posterior"]["variables"]["N"]["ess_bulk"], verdict["posterior"]["variables"]["N"]["ess_tail"])
    assert ess < 400
    assert f"ESS {ess:.0f} for `N` (line 8), below 400" in low["message"], low
    assert low["line"] == 8


def test_a_well_behaved_model_gets_no_diagnostic_warning(sandbox: SandboxClient) -> None:
    verdict = sandbox.check(WELL_BEHAVED, WORKER_SAMPLING)
    assert verdict["ok"] is True and verdict["posterior"]["divergences"] == 0, verdict
    assert not {"divergences", "r_hat", "low_ess", "sampling_failed"} & set(codes(verdict)), verdict["warnings"]


HEIGHTS = """
import pymc as pm
heights = [178.0, 171.5, 183.2, 169.9, 175.4, 180.1, 172.8, 177.6, 174.3, 181.0]
with pm.Model() as model:
    mu = pm.Normal("mu", 175, 20)
    sigma = pm.HalfNormal("sigma", 10)
    pm.Normal("height", mu, sigma, observed=heights)
"""

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_the_posterior_and_its_predictive_check_are_plotted_as_png(sandbox: SandboxClient) -> None:
    posterior = sandbox.check(HEIGHTS, WORKER_SAMPLING)["posterior"]
    assert set(posterior["plots"]) == {"posterior", "ppc"}, posterior["plot_errors"]
    for image in posterior["plots"].values():
        png = base64.b64decode(image)
        assert png.startswith(PNG_SIGNATURE) and 5_000 < len(png) <= MAX_PNG_BYTES
    assert posterior["plot_errors"] == {}


def test_a_single_observed_value_gets_no_predictive_plot(sandbox: SandboxClient) -> None:
    posterior = sandbox.check(WELL_BEHAVED, WORKER_SAMPLING)["posterior"]
    assert list(posterior["plots"]) == ["posterior"] and posterior["plot_errors"] == {}


def test_without_sampling_there_are_no_diagnostics(sandbox: SandboxClient) -> None:
    verdict = sandbox.check(CENTRED_FUNNEL)
    assert verdict["ok"] is True and verdict["posterior"] is None
    assert "divergences" not in codes(verdict)


def posterior(r_hat: list[float | None], ess: float, divergences: int | None = 0) -> Posterior:
    return Posterior(draws=500, chains=2, seconds=1.0, divergences=divergences, variables={
        "mu": VariablePosterior(mean=0.0, sd=1.0, r_hat=1.0, ess_bulk=900.0, ess_tail=800.0),
        "theta": VariablePosterior(mean=[0.0, 0.0], sd=[1.0, 1.0], r_hat=r_hat, ess_bulk=[ess, 900.0],
                                   ess_tail=[700.0, 700.0]),
    })


def test_the_worst_entry_of_a_vector_names_its_variable_and_line() -> None:
    warnings = diagnostic_warnings(posterior([1.0, 1.2], 150.0), SOURCE)
    assert [(w.code, w.line) for w in warnings] == [("r_hat", 4), ("low_ess", 4)]
    assert "R-hat 1.200 for `theta` (line 4), above 1.01" in warnings[0].message
    assert "ESS 150 for `theta` (line 4), below 400" in warnings[1].message


def test_thresholds_are_strict_and_unknown_values_are_not_blamed() -> None:
    assert diagnostic_warnings(posterior([1.01, None], 400.0), SOURCE) == []
    assert diagnostic_warnings(posterior([1.0, 1.0], 900.0, divergences=None), SOURCE) == []


def test_a_chain_with_a_low_energy_fraction_is_named() -> None:
    result = posterior([1.0, 1.0], 900.0)
    low = Posterior(result.draws, result.chains, result.seconds, result.divergences, result.variables,
                    bfmi=[0.9, 0.21, None, 0.8])
    [warning] = diagnostic_warnings(low, SOURCE)
    assert warning.code == "low_bfmi" and "E-BFMI 0.21 in chain 2, below 0.3" in warning.message
    assert diagnostic_warnings(dataclasses.replace(low, bfmi=[0.3, 0.9]), SOURCE) == []


def test_a_short_run_is_held_to_half_its_draws() -> None:
    short = Posterior(draws=100, chains=2, seconds=1.0, divergences=0, variables={
        "mu": VariablePosterior(mean=0.0, sd=1.0, r_hat=1.0, ess_bulk=150.0, ess_tail=120.0)})
    assert diagnostic_warnings(short, SOURCE) == []
    weak = Posterior(draws=100, chains=2, seconds=1.0, divergences=0, variables={
        "mu": VariablePosterior(mean=0.0, sd=1.0, r_hat=1.0, ess_bulk=150.0, ess_tail=60.0)})
    assert "ESS 60 for `mu` (line 3), below 100" in diagnostic_warnings(weak, SOURCE)[0].message


def test_a_failed_run_is_a_warning() -> None:
    [warning] = diagnostic_warnings(SamplingFailure("sampling failed: ValueError: bad"), SOURCE)
    assert warning.code == "sampling_failed" and "ValueError: bad" in warning.message


def test_the_posterior_figure_leaves_out_a_vector_too_big_for_it() -> None:
    draws = np.zeros((2, 10))
    posterior = xr.Dataset({"mu": (("chain", "draw"), draws), "theta": (("chain", "draw", "school"), np.zeros((2, 10, 30))),
                            "tau": (("chain", "draw"), draws), "pair": (("chain", "draw", "side"), np.zeros((2, 10, 2)))})
    assert plotted_variables({"posterior": posterior}, ["mu", "theta", "tau", "pair", "missing"]) == ["mu", "tau", "pair"]
    assert MAX_PANELS < 30
