"""Hints for model objects used as PyMC does not use them, from programs of the quality benchmark (prompts v6)."""

from __future__ import annotations

# penguins: a constant wrapped in pm.Deterministic, sent back four times with no hint.
CONSTANT_DETERMINISTIC = """
import pymc as pm

with pm.Model() as model:
    mu = pm.Normal("mu", 200, 20)
    flipper_length = pm.Deterministic("flipper_length", 205)
    obs = pm.Normal("obs", mu=mu, sigma=10, observed=[190.0, 210.0])
"""

# german-tank: a second likelihood under the first one's name.
NAME_TWICE = """
import pymc as pm

with pm.Model() as model:
    N = pm.DiscreteUniform("N", lower=90, upper=1000)
    obs = pm.DiscreteUniform("obs", lower=1, upper=N, observed=30)
    obs_b = pm.DiscreteUniform("obs", lower=1, upper=N, observed=60)
"""

# height-comparison and german-tank: a log-probability computed by hand after the likelihood.
HAND_LOGP = """
import pymc as pm

with pm.Model() as model:
    p = pm.Beta("p", 1, 1)
    likelihood = pm.Binomial("likelihood", n=10, p=p, observed=3)
    logp = likelihood.logp()
"""


def test_a_constant_in_a_deterministic_is_named_with_what_to_do_instead(check):
    error = check(CONSTANT_DETERMINISTIC)["error"]
    assert error["line"] == 5, error
    assert error["hint"].startswith("line 5 gives pm.Deterministic a plain int"), error
    assert "assign it to a Python name" in error["hint"]


def test_two_variables_with_one_name_point_at_both_lines(check):
    error = check(NAME_TWICE)["error"]
    assert error["message"].startswith("Variable name obs already exists"), error
    assert error["hint"].startswith('line 5 and line 6 both create a model variable named "obs"'), error


def test_a_log_probability_computed_by_hand_is_to_be_removed(check):
    error = check(HAND_LOGP)["error"]
    assert error["hint"].startswith("line 6 computes a log-probability by hand"), error
    assert "observed=" in error["hint"]


# goal-times: the answer to "give p a prior on [0, 1]", written into the variable already used.
ASSIGNED_INTO = """
import pymc as pm

with pm.Model() as model:
    rate = pm.Gamma("rate", alpha=1.4, beta=1, shape=1)
    goals = pm.Binomial("goals", n=67, p=rate[0], observed=0)
    rate[0] = pm.Beta("rate_0", alpha=1, beta=1)
"""


def test_assigning_into_a_model_variable_says_to_make_the_new_one_first(check):
    error = check(ASSIGNED_INTO)["error"]
    assert error["hint"].startswith("line 6 assigns into a model variable"), error
