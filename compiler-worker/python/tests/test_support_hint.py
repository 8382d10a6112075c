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


# prompts v6, bandits and lions-tigers-bears: counts observed by a Bernoulli; dice: faces 1..6 by a Categorical of 3.
COUNTS_AS_BERNOULLI = """
import pymc as pm

with pm.Model() as model:
    p = pm.Beta("p", 1, 1, shape=2)
    obs_A = pm.Bernoulli("obs_A", p=p[0], observed=3)
"""

FACES_BEYOND_P = """
import numpy as np
import pymc as pm

with pm.Model() as model:
    die_probabilities = pm.Dirichlet("die_probabilities", a=np.ones(3))
    die = pm.Categorical("die", p=die_probabilities, observed=[1, 3, 5])
"""


def test_counts_given_to_a_bernoulli_point_at_the_binomial(check):
    hint = check(COUNTS_AS_BERNOULLI)["error"]["hint"]
    assert "obs_A observes counts, but a Bernoulli takes one trial's outcome, 0 or 1" in hint, hint
    assert 'pm.Binomial("obs_A", n=trials, p=..., observed=successes)' in hint
    assert "widen or move the bounds" not in hint


def test_categories_beyond_p_say_how_long_p_must_be(check):
    hint = check(FACES_BEYOND_P)["error"]["hint"]
    assert "die observes categories up to 5, but a Categorical with p of length 3 takes 0 to 2" in hint, hint
