"""The hint for a log-probability of -inf at the initial point: the impossible values and where their parents start."""

from __future__ import annotations

# Written for this test after the failures of the quality benchmark (prompts v4: grizzly-bears,
# german-tank and lincoln-index ended on "obs = -inf"): a population prior whose lower bound allows fewer
# bears than were seen, and a serial number bounded by a population that starts below it.
POPULATION_TOO_SMALL = """
import pymc as pm

with pm.Model() as model:
    N = pm.DiscreteUniform("N", lower=1, upper=40)
    p = pm.Beta("p", 1, 1)
    seen = pm.Binomial("seen", n=N, p=p, observed=[23, 19, 30])
"""

SERIAL_ABOVE_ITS_BOUND = """
import pymc as pm

with pm.Model() as model:
    N = pm.DiscreteUniform("N", lower=1, upper=100)
    serial = pm.DiscreteUniform("serial", lower=90, upper=N)
"""


def test_observed_values_impossible_at_the_initial_point_are_named(check):
    verdict = check(POPULATION_TOO_SMALL)
    error = verdict["error"]
    assert (verdict["stage"], error["type"], error["line"]) == ("evaluate", "NonFiniteLogp", 6), verdict
    hint = error["hint"]
    assert "seen (Binomial, support x in {0, 1, ..., n}) makes the observed values seen[0] = 23, seen[2] = 30 (2 of 3 values) impossible" in hint
    assert "N = 20" in hint and "p = 0.5" in hint
    assert "Every observed value must be possible" in hint


def test_a_variable_starting_outside_its_support_is_named_with_its_parent(check):
    verdict = check(SERIAL_ABOVE_ITS_BOUND)
    hint = verdict["error"]["hint"]
    assert hint.startswith("serial (DiscreteUniform, support x in {lower, lower + 1, ..., upper}) starts at 90, outside its support when N = 50 (its initial value)."), hint


def test_a_finite_model_has_no_such_hint(check):
    verdict = check(POPULATION_TOO_SMALL.replace("upper=40", "upper=400").replace("lower=1", "lower=30"))
    assert verdict["ok"], verdict
