"""A pm.Deterministic that no free variable reaches passes with the warning ``constant_deterministic``."""

from __future__ import annotations

from modelcraft_check import check_source

# prompts v13, world-cup, attempt 5 (the job's final program): the chance that France is better, computed from
# the two observed scores instead of the two rates.
WORLD_CUP = '''import numpy as np
import pymc as pm
import arviz as az

with pm.Model() as model:
    lam_france = pm.Gamma("lam_france", alpha=1.4, beta=1)
    lam_croatia = pm.Gamma("lam_croatia", alpha=1.4, beta=1)
    obs_france = pm.Poisson("obs_france", mu=lam_france, observed=4)
    obs_croatia = pm.Poisson("obs_croatia", mu=lam_croatia, observed=2)
    p_france_better = pm.Deterministic("p_france_better", obs_france / (obs_france + obs_croatia))
    idata = pm.sample()
'''


def test_a_deterministic_of_observed_values_only_is_named_with_its_line() -> None:
    verdict = check_source(WORLD_CUP)
    assert verdict.ok, verdict.error
    constant = [w for w in verdict.warnings if w.code == "constant_deterministic"]
    assert [w.line for w in constant] == [10]
    assert constant[0].message.startswith("`p_france_better` (line 10) is computed from data and constants only")


def test_a_deterministic_of_the_rates_gets_no_such_warning() -> None:
    verdict = check_source(WORLD_CUP.replace("obs_france / (obs_france + obs_croatia)", "lam_france > lam_croatia"))
    assert verdict.ok, verdict.error
    assert not [w for w in verdict.warnings if w.code == "constant_deterministic"]
