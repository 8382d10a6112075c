"""The hint for a continuous prior given where a distribution takes whole numbers."""

from __future__ import annotations

import pymc as pm

from modelcraft_check.integer_hint import integer_parameters

# deploy/bench/quality.py, prompts v4 with the new hints, grizzly-bears, iteration 1.
CONTINUOUS_POPULATION = '''
import numpy as np
import pymc as pm

observed_bears = np.array([23, 19])
with pm.Model() as model:
    N = pm.Uniform("N", lower=50, upper=500)  # Population size
    p = pm.Beta("p", alpha=1, beta=1)  # Probability of catching a bear
    observed = pm.Binomial("observed", n=N, p=p, observed=observed_bears)
'''


def test_whole_number_parameters_come_from_the_docstrings():
    assert integer_parameters(pm.Binomial) == {"n"}
    assert integer_parameters(pm.HyperGeometric) == {"N", "k", "n"}
    assert integer_parameters(pm.Normal) == set()


def test_a_continuous_population_given_as_n_is_named(check):
    verdict = check(CONTINUOUS_POPULATION)
    error = verdict["error"]
    assert "Cannot cast" in error["message"], verdict
    assert error["hint"] == ("`N` is continuous (pm.Uniform, line 6) but is passed as n of pm.Binomial at line 8, which "
                             "takes whole numbers only: give N a discrete prior, e.g. pm.DiscreteUniform with the same bounds.")
