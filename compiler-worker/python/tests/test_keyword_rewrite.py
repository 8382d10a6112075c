"""The check renames a parameter passed under a name the distribution does not use when the name meant is certain, on
programs Qwen2.5-Coder-1.5B wrote in the quality benchmark, and leaves any other unknown keyword to the lint."""

from __future__ import annotations

import textwrap

from modelcraft_check import check_source
from modelcraft_check.keyword_rewrite import with_accepted_keywords

WORLD_CUP = ("In a football final France beat Croatia 4 to 2. Assume each team scores goals as a Poisson process with "
             "its own rate per game, and that a priori a team's goal rate follows a gamma distribution with mean 1.4 "
             "goals per game. Write a PyMC model for the two scoring rates and estimate the probability that France "
             "is the better team. Name France's rate `lam_france`.")

# prompts v12, world-cup, attempt 5: SciPy's `lam` for the Poisson mean, and the model built with no model.
LAM_FOR_MU = '''
import numpy as np
import pymc as pm
import arviz as az

# goal rates per game, in goals per 90 minutes
lam_france = pm.Gamma("lam_france", alpha=1.4, beta=1)
lam_croatia = pm.Gamma("lam_croatia", alpha=1.4, beta=1)

# assume Poisson processes
obs_france = pm.Poisson("obs_france", lam=lam_france, observed=4)
obs_croatia = pm.Poisson("obs_croatia", lam=lam_croatia, observed=2)
'''


def test_lam_is_written_as_mu_and_the_program_passes_with_both_repairs_named() -> None:
    verdict = check_source(LAM_FOR_MU, problem=WORLD_CUP)

    assert verdict.ok, verdict.error
    assert 'pm.Poisson("obs_france", mu=lam_france, observed=4)' in verdict.rewrite.code
    version = verdict.versions["pymc"]
    assert verdict.rewrite.changes[:2] == (
        f"`pm.Poisson` (line 11) does not use the keyword `lam` in PyMC {version}: the check wrote `mu`, the "
        "parameter it means",
        f"`pm.Poisson` (line 12) does not use the keyword `lam` in PyMC {version}: the check wrote `mu`, the "
        "parameter it means")
    assert "built model parts with no model" in verdict.rewrite.changes[2]


def test_old_names_other_case_and_another_librarys_name_for_a_lone_missing_parameter_are_renamed() -> None:
    text = textwrap.dedent('''
        import pymc as pm
        with pm.Model():
            p = pm.Dirichlet("p", alpha=[1, 1, 1])
            counts = pm.Multinomial("counts", N=10, p=p, observed=[3, 3, 4])
            x = pm.Normal("x", 0, sd=2)
            y = pm.Binomial("y", 10, alpha=0.5, observed=3)
            c = pm.Multinomial("c", 10, probs=[0.5, 0.5], observed=[5, 5])
    ''')

    rewrite = with_accepted_keywords(text)

    assert rewrite is not None
    assert 'pm.Dirichlet("p", a=[1, 1, 1])' in rewrite.code
    assert 'pm.Multinomial("counts", n=10, p=p, observed=[3, 3, 4])' in rewrite.code
    assert 'pm.Normal("x", 0, sigma=2)' in rewrite.code
    assert 'pm.Multinomial("c", 10, p=[0.5, 0.5], observed=[5, 5])' in rewrite.code  # n by position: p is missing
    assert 'pm.Binomial("y", 10, alpha=0.5, observed=3)' in rewrite.code  # p or logit_p: neither is required


def test_keywords_with_no_certain_meaning_stay_the_lint_error() -> None:
    text = textwrap.dedent('''
        import pymc as pm
        with pm.Model():
            y = pm.Poisson("y", observed_data=4)
            z = pm.Poisson("z", rate=2, spread=1, observed=3)
            w = pm.Normal("w", mean=0)
            t = pm.StudentT("t", mu=0, sigma=1, alpha=3, observed=1.0)
            u = pm.Poisson("u", sigma=3, observed=2)
            m = pm.Multinomial("m", n=10, alpha=[1, 1, 1], observed=[3, 3, 4])
    ''')

    assert with_accepted_keywords(text) is None
    verdict = check_source(text)
    assert verdict.stage in ("lint", "run") and verdict.rewrite is None
