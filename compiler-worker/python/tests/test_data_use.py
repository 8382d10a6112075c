"""The data-use check, on programs Qwen2.5-Coder-1.5B wrote in the quality benchmark that passed without it."""

from __future__ import annotations

import ast

from modelcraft_check.data_use import unused_data

# prompts v4, world-cup: the final's goals written down, the likelihood without observed=.
GOALS_NEVER_USED = '''
import numpy as np
import pymc as pm
import arviz as az

lam_france = 1.4  # France's goal rate
lam_croatia = 1.4  # Croatia's goal rate
observed_france = 4  # France's goals
observed_croatia = 2  # Croatia's goals

with pm.Model() as model:
    lam_france_p = pm.Gamma('lam_france_p', alpha=1, beta=1)
    lam_croatia_p = pm.Gamma('lam_croatia_p', alpha=1, beta=1)
    France_goals = pm.Poisson('France_goals', mu=lam_france_p)
    Croatia_goals = pm.Poisson('Croatia_goals', mu=lam_croatia_p)
    idata = pm.sample()

print(az.summary(idata))
'''

# prompts v4, bandits: machine D's wins rebound to an unobserved variable of the same name.
WINS_REBOUND = '''
import pymc as pm

obs_A = 3
obs_D = 7
with pm.Model() as model:
    p_A = pm.Uniform('p_A', lower=0, upper=1)
    p_D = pm.Uniform('p_D', lower=0, upper=1)
    obs_A = pm.Binomial('obs_A', n=10, p=p_A, observed=obs_A)
    obs_D = pm.Binomial('obs_D', n=11, p=p_D)
'''


def test_data_never_read_fails_the_check_with_the_names(check):
    verdict = check(GOALS_NEVER_USED)
    error = verdict["error"]
    assert (verdict["ok"], verdict["stage"], error["type"], error["line"]) == (False, "data", "UnusedData", 5), verdict
    assert error["message"].startswith("`lam_france` (line 5), `lam_croatia` (line 6), `observed_france` (line 7), "
                                       "`observed_croatia` (line 8) are defined but never used"), error
    assert "observed=" in error["hint"]


def test_data_rebound_before_it_is_read_counts_as_unused(check):
    error = check(WINS_REBOUND)["error"]
    assert error["message"].startswith("`obs_D` (line 4) is defined but never used"), error


def test_data_read_anywhere_later_is_used():
    program = '''
import numpy as np
import pymc as pm

y = np.array([1.0, 2.0])
n = 10
seed = 42
def helper():
    return n
with pm.Model():
    pm.Normal("y", 0, 1, observed=y)
    pm.sample(random_seed=1)
'''
    assert unused_data(ast.parse(program)) == []


def test_a_model_without_observed_data_is_warned_about(check):
    verdict = check('import pymc as pm\nwith pm.Model():\n    pm.Normal("x", 0, 1)\n')
    assert verdict["ok"], verdict
    assert [w["code"] for w in verdict["warnings"]] == ["no_observed_data"]
