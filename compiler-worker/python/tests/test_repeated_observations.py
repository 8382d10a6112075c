"""Two likelihoods observing the very same values pass with the warning ``data_observed_twice``."""

from __future__ import annotations

from modelcraft_check import check_source

# prompts v13, mixture-heights, attempt 1 (the job's final program): one Normal per component, each observing all
# fifteen heights, where the problem asks for a mixture of two.
MIXTURE = '''import numpy as np
import pymc as pm
import arviz as az

data = np.array([4.9, 5.1, 5.3, 4.7, 5.0, 5.2, 4.8, 7.9, 8.2, 8.0, 7.7, 8.4, 8.1, 5.05, 7.95])

with pm.Model() as model:
    mu1 = pm.Normal("mu1", mu=5, sigma=1)
    mu2 = pm.Normal("mu2", mu=6, sigma=1)
    sigma = pm.HalfNormal("sigma", sigma=1)
    pi = pm.Dirichlet("pi", a=[1, 1])
    obs1 = pm.Normal("obs1", mu=mu1, sigma=sigma, observed=data)
    obs2 = pm.Normal("obs2", mu=mu2, sigma=sigma, observed=data)
    difference = pm.Deterministic("difference", mu1 - mu2)
    idata = pm.sample()
'''


def test_the_second_likelihood_of_the_same_values_is_named_with_the_first() -> None:
    verdict = check_source(MIXTURE)
    assert verdict.ok, verdict.error
    twice = [w for w in verdict.warnings if w.code == "data_observed_twice"]
    assert [w.line for w in twice] == [13]
    assert twice[0].message.startswith('"obs2" observes the same 15 values as "obs1"')


def test_groups_with_data_of_their_own_and_equal_single_values_get_no_such_warning() -> None:
    groups = MIXTURE.replace('observed=data)\n    obs2', 'observed=data[:7])\n    obs2').replace(
        'sigma=sigma, observed=data)\n    difference', 'sigma=sigma, observed=data[7:])\n    difference')
    assert "data[7:]" in groups
    single = MIXTURE.replace("observed=data", "observed=data[0]")
    for program in (groups, single):
        verdict = check_source(program)
        assert verdict.ok, verdict.error
        assert not [w for w in verdict.warnings if w.code == "data_observed_twice"]
