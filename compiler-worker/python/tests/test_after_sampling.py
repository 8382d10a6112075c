"""The code after pm.sample() runs: in sample mode on the real draws, in the ordinary check on a result of the same
shape built from prior draws. What it does with them fails as it would for the user (stage after_sampling), with a
hint."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from modelcraft_check.client import SandboxClient
from modelcraft_check.environment import apply_defaults
from modelcraft_check.ladder import check_source
from modelcraft_check.parse import parse_source
from modelcraft_check.prior_result import continues_after
from modelcraft_check.sampling import SampleSettings

apply_defaults()
SHORT = SampleSettings(draws=100, tune=100, chains=2, seconds=60)
COIN = '''import pymc as pm
import arviz as az

with pm.Model() as model:
    p = pm.Beta("p", 1, 1)
    pm.Binomial("heads", n=250, p=p, observed=140)
    trace = pm.sample(1000)
'''


def sampled(after: str, sampling: SampleSettings | None = SHORT) -> dict[str, Any]:
    return check_source(COIN + after, sampling=sampling).to_dict()


def test_using_the_draws_as_arviz_1_returns_them_passes() -> None:
    verdict = sampled('print(az.summary(trace))\nprint(float(trace.posterior["p"].mean()))\n')
    assert verdict["ok"] is True and verdict["stage"] == "complete", verdict["error"]
    assert verdict["posterior"]["draws"] == 100


def test_pymc3_style_indexing_of_the_result_fails_after_sampling_with_the_new_way() -> None:
    verdict = sampled('print(trace["p"].mean())\n')
    assert verdict["ok"] is False and verdict["stage"] == "after_sampling"
    error = verdict["error"]
    assert (error["type"], error["line"], error["source_line"]) == ("KeyError", 8, 'print(trace["p"].mean())')
    assert 'idata.posterior["name"]' in error["hint"] and "real (short) sampling run" in error["hint"]
    assert verdict["posterior"]["variables"]["p"]["mean"] is not None, "the posterior is kept with the error"


def test_any_other_failure_after_sampling_gets_the_plain_hint() -> None:
    verdict = sampled('draws = trace.posterior["p"].values.ravel()\nraise ValueError(f"{draws.size} draws")\n')
    assert verdict["stage"] == "after_sampling" and verdict["error"]["message"] == "200 draws"
    assert "DataTree" not in verdict["error"]["hint"]


def test_a_posterior_predictive_sample_runs_for_real_and_a_later_optimiser_stops_the_program() -> None:
    verdict = sampled('ppc = pm.sample_posterior_predictive(trace, model=model)\n'
                      'assert ppc.posterior_predictive["heads"].sizes["draw"] == 100\n'
                      'pm.find_MAP(model=model)\nraise ValueError("never reached")\n')
    assert verdict["ok"] is True and verdict["stage"] == "complete", verdict["error"]


def test_the_ordinary_check_runs_the_code_after_sampling_on_a_result_of_prior_draws() -> None:
    verdict = sampled('print(trace["p"].mean())\n', sampling=None)
    assert verdict["ok"] is False and verdict["stage"] == "after_sampling" and verdict["posterior"] is None
    error = verdict["error"]
    assert (error["type"], error["line"]) == ("KeyError", 8)
    assert "holding prior draws" in error["hint"] and 'idata.posterior["name"]' in error["hint"]


def test_the_ordinary_check_passes_arviz_1_use_of_the_result_and_of_later_samplers() -> None:
    verdict = sampled('summary = az.summary(trace)\n'
                      'assert summary.loc["p", "mean"] > 0 and set(trace.posterior.dims) >= {"chain", "draw"}\n'
                      'assert int(trace.sample_stats["diverging"].sum()) == 0\n'
                      'assert float(trace.observed_data["heads"]) == 140\n'
                      'with model:\n'
                      '    pm.sample_posterior_predictive(trace, extend_inferencedata=True)\n'
                      'assert trace.posterior_predictive["heads"].sizes["chain"] == trace.posterior.sizes["chain"]\n'
                      'az.plot_dist(trace)\n', sampling=None)
    assert verdict["ok"] is True and verdict["stage"] == "complete", verdict["error"]


def test_arviz_0_calls_the_lint_cannot_see_fail_after_sampling_with_the_arviz_1_name() -> None:
    keyword = sampled('options = {"hdi_prob": 0.9}\nprint(az.hdi(trace, **options))\n', sampling=None)
    assert (keyword["stage"], keyword["error"]["line"]) == ("after_sampling", 9)
    assert keyword["error"]["hint"].startswith("it is called prob= in ArviZ 1.") and "az.hdi(data, prob" in \
        keyword["error"]["hint"]
    function = sampled('plot = getattr(az, "plot_posterior")\nplot(trace)\n', sampling=None)
    assert (function["stage"], function["error"]["type"]) == ("after_sampling", "AttributeError")
    assert function["error"]["hint"].endswith("calls it az.plot_dist")


def test_the_ordinary_check_runs_past_a_prior_predictive_sample_too() -> None:
    program = COIN.replace("    trace = pm.sample(1000)\n", "    prior = pm.sample_prior_predictive(draws=500)\n"
                           "    trace = pm.sample(1000)\n")
    verdict = check_source(program + 'assert "prior_predictive" in prior.children\nprint(trace["p"])\n').to_dict()
    assert verdict["stage"] == "after_sampling" and verdict["error"]["line"] == 10, verdict["error"]


def test_code_after_sampling_that_outlasts_the_checks_time_is_a_warning_in_the_ordinary_check() -> None:
    verdict = check_source(COIN + "while True:\n    pass\n", seconds=8).to_dict()
    assert verdict["ok"] is True and verdict["stage"] == "complete", verdict["error"]
    assert [(w["code"], w["line"]) for w in verdict["warnings"]] == [("after_sampling_unchecked", 7)]


def test_in_the_sandbox_the_code_after_sampling_gets_what_is_left_of_the_checks_wall_limit() -> None:
    with SandboxClient(sys.executable, ["--uid", "61822", "--wall-seconds", "12", "--cpu-seconds", "30"]) as client:
        endless = client.check(COIN + "while True:\n    pass\n")
        indexed = client.check(COIN + 'print(trace["p"].mean())\n')
    assert endless["ok"] is True and endless["stage"] == "complete", endless
    assert [w["code"] for w in endless["warnings"]] == ["after_sampling_unchecked"]
    assert indexed["stage"] == "after_sampling" and indexed["error"]["type"] == "KeyError", indexed


def test_only_a_program_with_statements_after_its_sampler_is_run_again() -> None:
    tree = parse_source(COIN + "print(1)\n", "model.py").source.tree
    assert continues_after(tree, 7) and not continues_after(parse_source(COIN, "model.py").source.tree, 7)
    in_function = "def fit(model):\n    with model:\n        return pm.sample()\n\nfit(None)\n"
    assert continues_after(parse_source(in_function, "model.py").source.tree, 3)


def test_code_after_sampling_that_outlasts_the_budget_is_not_blamed_on_the_program() -> None:
    verdict = sampled("while True:\n    pass\n", SampleSettings(draws=100, tune=100, chains=2, seconds=8))
    assert verdict["ok"] is True and verdict["stage"] == "complete", verdict["error"]
    assert verdict["posterior"]["variables"]["p"]["mean"] is not None


# prompts v8, world-cup: right model, but az.summary() fails on the comparison it traced as booleans.
WORLD_CUP_BOOLEAN = """import pymc as pm
import arviz as az

with pm.Model() as model:
    lam_france = pm.Gamma("lam_france", alpha=1.4, beta=1.0)
    lam_croatia = pm.Gamma("lam_croatia", alpha=1.4, beta=1.0)
    pm.Poisson("obs_france", mu=lam_france, observed=4)
    pm.Poisson("obs_croatia", mu=lam_croatia, observed=2)
    likelihood = pm.Deterministic("likelihood", lam_france > lam_croatia)
    idata = pm.sample()

print(az.summary(idata))
"""

# prompts v9, train-problem: the summary indexed column first.
SUMMARY_INDEXED = """import pymc as pm
import arviz as az

with pm.Model() as model:
    N = pm.DiscreteUniform("N", lower=60, upper=1000)
    pm.DiscreteUniform("seen", lower=1, upper=N, observed=60)
    idata = pm.sample()

posterior_mean_N = az.summary(idata)['N']['mean']
"""


@pytest.mark.parametrize("sampling", [SHORT, None], ids=["sampled", "ordinary"])
def test_a_summary_of_a_boolean_deterministic_fails_and_is_named(sampling: SampleSettings | None) -> None:
    verdict = check_source(WORLD_CUP_BOOLEAN, sampling=sampling).to_dict()
    assert verdict["stage"] == "after_sampling" and verdict["error"]["line"] == 12
    assert "boolean subtract" in verdict["error"]["message"]
    assert verdict["error"]["hint"].startswith("`likelihood` holds a comparison, traced as booleans")


@pytest.mark.parametrize("sampling", [SHORT, None], ids=["sampled", "ordinary"])
def test_a_summary_indexed_column_first_fails_with_the_way_to_read_it(sampling: SampleSettings | None) -> None:
    verdict = check_source(SUMMARY_INDEXED, sampling=sampling).to_dict()
    assert verdict["stage"] == "after_sampling" and verdict["error"]["type"] == "KeyError"
    assert verdict["error"]["line"] == 9
    assert 'az.summary(idata).loc["name", "mean"]' in verdict["error"]["hint"]
