"""The prior predictive against the data: silent mistakes of scale found with a few hundred prior draws,
named by prior and line, as warnings; sensible priors stay quiet."""

from __future__ import annotations

import textwrap

from modelcraft_check import check_source


def prior_notes(program: str) -> list:
    verdict = check_source(textwrap.dedent(program).lstrip("\n"))
    assert verdict.ok, verdict.error
    return [w for w in verdict.warnings if w.code == "prior_predictive"]


def test_a_precision_passed_as_sigma_is_named():
    [note] = prior_notes('''
        import numpy as np
        import pymc as pm
        heights = np.array([172.0, 168.5, 181.2, 175.0, 169.9, 177.3])
        with pm.Model() as model:
            mu = pm.Normal("mu", 0, 0.001)
            sigma = pm.HalfNormal("sigma", 10)
            h = pm.Normal("h", mu=mu, sigma=sigma, observed=heights)
        ''')
    assert note.line == 7
    assert note.message.startswith('6 of the 6 observed values of "h" lie outside what its priors predict')
    assert "the data in [168.5, 181.2]" in note.message
    assert "mu (line 5) in [-0.00" in note.message
    assert "a precision passed as sigma" in note.message


def test_a_rate_meant_as_a_mean_is_named():
    [note] = prior_notes('''
        import numpy as np
        import pymc as pm
        waits = np.array([540.0, 620.0, 580.0, 710.0, 495.0])
        with pm.Model() as model:
            lam = pm.Exponential("lam", 600)
            w = pm.Exponential("w", lam=1 / lam, observed=waits)
        ''')
    assert note.line == 6 and "lam (line 5)" in note.message, note


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
