"""The prior predictive against the data: data the model could not have predicted is an error, data mostly
outside its predictions a warning, each naming the priors and their lines; sensible priors stay quiet."""

from __future__ import annotations

import textwrap

from modelcraft_check import check_source
from modelcraft_check.verdict import Verdict


def checked(program: str) -> Verdict:
    return check_source(textwrap.dedent(program).lstrip("\n"))


def prior_notes(program: str) -> list:
    verdict = checked(program)
    assert verdict.ok, verdict.error
    return [w for w in verdict.warnings if w.code == "prior_predictive"]


def conflict(program: str):
    verdict = checked(program)
    assert verdict.stage == "evaluate" and verdict.error is not None, verdict
    assert verdict.error.type == "PriorDataConflict", verdict.error
    return verdict.error


def test_a_precision_passed_as_sigma_is_an_error_that_names_the_prior():
    error = conflict('''
        import numpy as np
        import pymc as pm
        heights = np.array([172.0, 168.5, 181.2, 175.0, 169.9, 177.3])
        with pm.Model() as model:
            mu = pm.Normal("mu", 0, 0.001)
            sigma = pm.HalfNormal("sigma", 10)
            h = pm.Normal("h", mu=mu, sigma=sigma, observed=heights)
        ''')
    assert error.line == 7
    assert error.message.startswith('"h": every observed value lies outside what the model predicts')
    assert "the data in [168.5, 181.2]" in error.message
    assert "mu (line 5) in [-0.00" in error.hint and "a precision passed as sigma" in error.hint


def test_a_rate_meant_as_a_mean_is_an_error():
    error = conflict('''
        import numpy as np
        import pymc as pm
        waits = np.array([540.0, 620.0, 580.0, 710.0, 495.0])
        with pm.Model() as model:
            lam = pm.Exponential("lam", 600)
            w = pm.Exponential("w", lam=1 / lam, observed=waits)
        ''')
    assert error.line == 6 and "lam (line 5)" in error.hint, error


def test_serial_numbers_counted_as_a_poisson_are_an_error():
    # prompts v8, german-tank: three serial numbers observed as a Poisson count of 3 with a mean up to 1000.
    error = conflict('''
        import numpy as np
        import pymc as pm
        serial_numbers = np.array([30, 60, 90])
        with pm.Model() as model:
            N = pm.Uniform("N", lower=1, upper=1000)
            n = pm.Poisson("n", mu=N, observed=len(serial_numbers))
        ''')
    assert error.line == 6 and "the data in [3, 3]" in error.message and "N (line 5)" in error.hint


def test_data_whose_mean_the_priors_cannot_reach_is_an_error():
    # prompts v6-hints, reading-scores: a Normal(0, 10) prior for the mean of scores near 50 (diff 11.8, not 9.95).
    error = conflict('''
        import numpy as np
        import pymc as pm
        treatment = np.array([24, 43, 58, 71, 43, 49, 61, 44, 67, 49, 53, 56, 59, 52, 62, 54, 57, 33, 46, 43, 57])
        with pm.Model() as model:
            mu_t = pm.Normal("mu_t", mu=0, sigma=10)
            sigma_t = pm.HalfNormal("sigma_t", sigma=10)
            obs_t = pm.Normal("obs_t", mu=mu_t, sigma=sigma_t, observed=treatment)
        ''')
    assert error.message.startswith('"obs_t": the data\'s mean, 51.48, is ')
    assert "standard deviations from the means the model predicts" in error.message
    assert "mu_t (line 5)" in error.hint and error.line == 7


def test_one_lone_value_beyond_the_draws_among_many_is_a_warning():
    # 100 draws leave about one value in fifty outside their range by chance: one likelihood per value, one far.
    verdict = checked('''
        import numpy as np
        import pymc as pm
        values = np.linspace(-1.0, 1.0, 19).tolist() + [6.0]
        with pm.Model() as model:
            mu = pm.Normal("mu", 0, 1)
            for i, value in enumerate(values):
                pm.Normal(f"y{i}", mu=mu, sigma=1, observed=value)
        ''')
    assert verdict.ok, verdict.error
    assert [w.message.split(":")[0] for w in verdict.warnings if w.code == "prior_predictive"] == [
        '1 of the 1 observed values of "y19" lie outside what its priors predict']


def test_data_partly_outside_the_predictions_is_a_warning():
    [note] = prior_notes('''
        import numpy as np
        import pymc as pm
        with pm.Model() as model:
            mu = pm.Normal("mu", 0, 1)
            y = pm.Normal("y", mu=mu, sigma=1, observed=np.array([6.0, 7.0, 6.5, -0.5, 0.0]))
        ''')
    assert note.message.startswith('3 of the 5 observed values of "y" lie outside what its priors predict')
    assert "mu (line 4)" in note.message and note.line == 5


def test_a_prior_predictive_absurdly_wider_than_the_data_is_named():
    [note] = prior_notes('''
        import numpy as np
        import pymc as pm
        with pm.Model() as model:
            spread = pm.HalfNormal("spread", 1e9)
            y = pm.Normal("y", mu=0, sigma=spread, observed=np.array([3.0, 4.0, 2.0, 5.0]))
        ''')
    assert note.message.startswith('the priors of "y" predict values millions of times wider than its data')
    assert "spread (line 4)" in note.message and note.line == 5


def test_draws_too_large_to_make_are_a_warning_not_a_rejection():
    # exp() of a wide prior: the Poisson draw refuses ("lam value too large"), but NUTS needs only the logp.
    [note] = prior_notes('''
        import numpy as np
        import pymc as pm
        counts = np.array([3, 4, 2, 5])
        with pm.Model() as model:
            log_rate = pm.Normal("log_rate", 0, 100)
            y = pm.Poisson("y", mu=pm.math.exp(log_rate), observed=counts)
        ''')
    assert note.message.startswith("drawing from the priors failed: ValueError: lam value too large"), note
    assert "log_rate (line 5) in [" in note.message and note.line == 6


def test_priors_on_the_data_scale_stay_quiet():
    assert prior_notes('''
        import numpy as np
        import pymc as pm
        heights = np.array([172.0, 168.5, 181.2, 175.0, 169.9, 177.3])
        waits = np.array([540.0, 620.0, 580.0, 710.0, 495.0])
        with pm.Model() as model:
            mu = pm.Normal("mu", 170, 20)
            sigma = pm.HalfNormal("sigma", 10)
            pm.Normal("h", mu=mu, sigma=sigma, observed=heights)
            mean_wait = pm.Exponential("mean_wait", scale=600)
            pm.Exponential("w", scale=mean_wait, observed=waits)
            p = pm.Beta("p", 1, 1)
            pm.Binomial("heads", n=250, p=p, observed=140)
        ''') == []
