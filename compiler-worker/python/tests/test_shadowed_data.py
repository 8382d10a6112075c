"""Data whose name a model variable took over, given to observed= by that name, is named apart by the check, on
programs Qwen2.5-Coder-1.5B wrote in the quality benchmark."""

from __future__ import annotations

import textwrap

from modelcraft_check import check_source
from modelcraft_check.shadowed_data import with_data_unshadowed

SPAM = ("40% of the mail we receive is spam. The word 'offer' appears in 25% of spam messages and in 2% of other "
        "messages. A new message contains 'offer'. Write a PyMC model for whether it is spam. Name the outcome `spam`, "
        "1 for spam and 0 otherwise.")

# prompts v12, held-out spam-word, attempt 1: the data `spam = 1`, then the model variable `spam`.
SPAM_SHADOWED = '''
import numpy as np
import pymc as pm
import arviz as az

spam = 1

with pm.Model() as model:
    # the outcome asked for, 1 for spam and 0 otherwise, with its chance before the test as the prior
    spam = pm.Bernoulli("spam", p=0.4)
    # what each outcome says about the data: the chance of a spam message
    p_spam = pm.math.switch(spam, 0.25, 0.02)
    obs = pm.Bernoulli("obs", p=p_spam, observed=spam)
    idata = pm.sample()

print(az.summary(idata))
'''


def test_the_data_gets_a_name_of_its_own_and_the_program_passes() -> None:
    verdict = check_source(SPAM_SHADOWED, problem=SPAM)

    assert verdict.ok, verdict.error
    assert "spam_data = 1\n" in verdict.rewrite.code
    assert 'spam = pm.Bernoulli("spam", p=0.4)' in verdict.rewrite.code
    assert "p_spam = pm.math.switch(spam, 0.25, 0.02)" in verdict.rewrite.code
    assert 'obs = pm.Bernoulli("obs", p=p_spam, observed=spam_data)' in verdict.rewrite.code
    assert verdict.rewrite.changes == (
        "`spam` holds the data (line 6) until the model variable of line 10 takes the name, and observed= reads it "
        "after that: the check named the data `spam_data` and gave that to observed=",)


def test_reads_before_the_model_variable_mean_the_data_and_a_taken_name_is_not_reused() -> None:
    # prompts v10, poisson-regression-counts: `calls` is the data, then a Deterministic, then observed.
    text = textwrap.dedent('''
        import numpy as np
        import pymc as pm

        calls = np.array([12, 15, 21, 24, 30, 10, 17, 19, 27, 28])
        calls_data = len(calls)

        with pm.Model() as model:
            rate_log = pm.Normal("rate_log", mu=np.log(calls.mean()), sigma=1)
            calls = pm.Deterministic("calls", pm.math.exp(rate_log))
            obs_calls = pm.Poisson("obs_calls", mu=calls, observed=calls)
    ''')

    rewrite = with_data_unshadowed(text, 11)

    assert rewrite is not None
    assert "calls_data2 = np.array([12," in rewrite.code
    assert "calls_data = len(calls_data2)" in rewrite.code
    assert "mu=np.log(calls_data2.mean())" in rewrite.code
    assert 'pm.Poisson("obs_calls", mu=calls, observed=calls_data2)' in rewrite.code
    assert check_source(text).ok


def test_a_name_bound_once_or_observed_before_it_is_taken_over_is_left_alone() -> None:
    text = textwrap.dedent('''
        import pymc as pm

        heads = 7
        with pm.Model() as model:
            p = pm.Beta("p", 1, 1)
            obs = pm.Binomial("obs", n=10, p=p, observed=heads)
            heads = pm.Deterministic("heads", p * 10)
    ''')

    assert with_data_unshadowed(text, 7) is None
    assert with_data_unshadowed(text.replace("    heads = pm.Deterministic", "    other = pm.Deterministic"), 7) is None


def test_data_given_to_pm_data_or_read_in_a_function_is_left_alone() -> None:
    given_to_data = textwrap.dedent('''
        import numpy as np
        import pymc as pm

        y = np.array([1.0, 2.0, 3.0])
        with pm.Model() as model:
            y = pm.Data("y", y)
            mu = pm.Normal("mu", 0, 1)
            obs = pm.Normal("obs", mu, 1, observed=y)
    ''')
    in_a_function = textwrap.dedent('''
        import pymc as pm

        spam = 1

        def doubled(spam):
            return spam * 2

        with pm.Model() as model:
            spam = pm.Bernoulli("spam", p=0.4)
            obs = pm.Bernoulli("obs", p=pm.math.switch(spam, 0.25, 0.02), observed=spam)
    ''')

    assert with_data_unshadowed(given_to_data, 9) is None
    assert with_data_unshadowed(in_a_function, 11) is None
