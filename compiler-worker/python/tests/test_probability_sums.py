"""Outcome probabilities that add up to less than 1 are an error, not PyMC's rescaling warning; weights that add up to
more stay a warning."""

from __future__ import annotations

import textwrap

from modelcraft_check import check_source

# prompts v12, birthday-crowd, attempt 1, with `N=` written `n=` as the check repairs it: three days out of 365.
THREE_BIRTHDAYS = '''
import numpy as np
import pymc as pm

birthday_11 = 1
birthday_23 = 2
birthday_none = 3

with pm.Model() as model:
    N = pm.DiscreteUniform("N", lower=1, upper=365)
    obs = pm.Multinomial("obs", n=N, p=[1/365, 1/365, 1/365], observed=[birthday_11, birthday_23, birthday_none])
'''


def test_probabilities_below_one_are_an_error_at_their_line() -> None:
    verdict = check_source(THREE_BIRTHDAYS)

    assert not verdict.ok
    assert verdict.stage == "run"
    assert verdict.error.type == "ProbabilitiesBelowOne"
    assert verdict.error.line == 11
    assert "add up to 0.008219, not 1" in verdict.error.message
    assert "1 - sum(the others)" in verdict.error.hint


def test_weights_above_one_and_rounded_shares_stay_a_warning() -> None:
    text = textwrap.dedent('''
        import pymc as pm
        with pm.Model():
            shares = pm.Categorical("shares", p=[1, 1, 1])
            obs = pm.Normal("obs", mu=shares, sigma=1, observed=[0.5, 1.5])
    ''')

    verdict = check_source(text)

    assert verdict.ok, verdict.error
    assert any("parameters sum to" in warning.message for warning in verdict.warnings)
    rounded = check_source(text.replace("p=[1, 1, 1]", "p=[0.2, 0.3, 0.45]"))
    assert rounded.ok, rounded.error
