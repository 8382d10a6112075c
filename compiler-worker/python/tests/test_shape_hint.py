"""The hint for clashing shapes, on a program Qwen2.5-Coder-1.5B wrote in the quality benchmark."""

from __future__ import annotations

import ast

from modelcraft_check.shape_hint import literal_arrays, shape_hint

# deploy/bench/quality.py, prompts v4, oring, iteration 1: 22 outcomes copied for 23 temperatures.
MISCOUNTED_DATA = '''
import numpy as np
import pymc as pm
import arviz as az

# Data
temp = np.array([66, 70, 69, 68, 67, 72, 73, 70, 57, 63, 70, 78, 67, 53, 67, 75, 70, 81, 76, 79, 75, 76, 58])
damage = np.array([0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1])

# Model
with pm.Model() as model:
    # Priors
    alpha = pm.Normal("alpha", mu=0, sigma=1)
    beta = pm.Normal("beta", mu=0, sigma=1)

    # Likelihood
    p = pm.Bernoulli("p", p=pm.math.exp(alpha + beta * temp), observed=damage)

    # Sampling
    idata = pm.sample(1000, tune=1000, return_inferencedata=True)

# Summary
print(az.summary(idata))
'''


def test_the_miscounted_arrays_are_named_with_their_lengths(check):
    verdict = check(MISCOUNTED_DATA)
    error = verdict["error"]
    assert verdict["stage"] == "evaluate", verdict
    assert error["message"].startswith("Incompatible Elemwise input shapes [(22,), (23,)"), error
    assert error["hint"].startswith("`temp` has 23 values, `damage` has 22 values: "), error["hint"]


def test_no_hint_without_two_literal_arrays_of_the_clashing_lengths() -> None:
    tree = ast.parse("x = [1, 2, 3]\ny = [1, 2]\n")
    assert shape_hint("Incompatible Elemwise input shapes [(3,), (4,)]", tree) is None
    assert shape_hint("Incompatible Elemwise input shapes [(15,), (1,)]", tree) is None
    assert shape_hint("some other error", tree) is None


def test_literal_arrays_reads_lists_tuples_and_np_array_calls() -> None:
    tree = ast.parse("a = [1, 2]\nb = np.array((1, 2, 3))\nc = 4\nd = np.array([1.0], dtype=float)\n")
    assert literal_arrays(tree) == [("a", 2), ("b", 3), ("d", 1)]


# deploy/bench/quality.py, prompts v4, reading-scores, iteration 1: the groups' observations subtracted.
GROUPS_SUBTRACTED = '''
import numpy as np
import pymc as pm

treatment_scores = np.array([24, 43, 58, 71, 43, 49, 61, 44, 67, 49, 53, 56, 59, 52, 62, 54, 57, 33, 46, 43, 57])
control_scores = np.array([42, 43, 55, 26, 62, 37, 33, 41, 19, 54, 20, 85, 46, 10, 17, 60, 53, 42, 37, 42, 55, 28, 48])

with pm.Model() as model:
    mu_t = pm.Normal('mu_t', mu=0, sigma=10)
    sigma_t = pm.HalfNormal('sigma_t', sigma=10)
    mu_c = pm.Normal('mu_c', mu=0, sigma=10)
    sigma_c = pm.HalfNormal('sigma_c', sigma=10)

    treatment = pm.Normal('treatment', mu=mu_t, sigma=sigma_t, observed=treatment_scores)
    control = pm.Normal('control', mu=mu_c, sigma=sigma_c, observed=control_scores)

    diff = pm.Deterministic('diff', treatment - control)
'''


def test_observed_groups_combined_value_by_value_get_the_compare_parameters_hint(check):
    error = check(GROUPS_SUBTRACTED)["error"]
    assert (error["type"], error["line"]) == ("ValueError", 16), error
    assert error["hint"].startswith("line 16 combines `treatment` (21 observations) and `control` (23 observations)"), error
    assert "compare their parameters" in error["hint"]
