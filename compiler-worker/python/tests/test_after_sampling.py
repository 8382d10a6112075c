"""Sample mode runs the code after pm.sample() on the real draws: what it does with them fails as it would for the
user (stage after_sampling), with a hint; the ordinary check still stops at pm.sample()."""

from __future__ import annotations

from typing import Any

from modelcraft_check.environment import apply_defaults
from modelcraft_check.ladder import check_source
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


def test_a_later_sampler_still_stops_the_program_there() -> None:
    verdict = sampled('pm.sample_posterior_predictive(trace, model=model)\nraise ValueError("never reached")\n')
    assert verdict["ok"] is True and verdict["stage"] == "complete", verdict["error"]


def test_the_ordinary_check_never_runs_the_code_after_sampling() -> None:
    verdict = sampled('print(trace["p"].mean())\n', sampling=None)
    assert verdict["ok"] is True and verdict["posterior"] is None


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


def test_a_summary_of_a_boolean_deterministic_fails_and_is_named() -> None:
    verdict = check_source(WORLD_CUP_BOOLEAN, sampling=SHORT).to_dict()
    assert verdict["stage"] == "after_sampling" and verdict["error"]["line"] == 12
    assert "boolean subtract" in verdict["error"]["message"]
    assert verdict["error"]["hint"].startswith("`likelihood` holds a comparison, traced as booleans")


def test_a_summary_indexed_column_first_fails_with_the_way_to_read_it() -> None:
    verdict = check_source(SUMMARY_INDEXED, sampling=SHORT).to_dict()
    assert verdict["stage"] == "after_sampling" and verdict["error"]["type"] == "KeyError"
    assert verdict["error"]["line"] == 9
    assert 'az.summary(idata).loc["name", "mean"]' in verdict["error"]["hint"]
