"""ArviZ 0.x calls after pm.sample(), which a check never runs, are caught statically against the installed
ArviZ; a valid PyMC keyword the lint used to refuse (MvNormal's method=) is accepted."""

from __future__ import annotations

import textwrap

import arviz
import pytest

from modelcraft_check import check_source
from modelcraft_check.lint import lint_program
from modelcraft_check.parse import parse_source

AFTER_SAMPLING = '''
import pymc as pm
import arviz as az

with pm.Model() as model:
    p = pm.Beta("p", 1, 1)
    pm.Binomial("k", n=10, p=p, observed=7)
    idata = pm.sample()
{call}
'''


def lint(program: str):
    source = parse_source(textwrap.dedent(program).lstrip("\n")).source
    assert source is not None
    return lint_program(source)


@pytest.mark.parametrize(("call", "successor"), [
    ("print(az.hdi(idata, hdi_prob=0.9))", "prob="),
    ("print(az.summary(idata, hdi_prob=0.9))", "ci_prob="),
    ("az.plot_dist(idata, credible_interval=0.9)", "ci_prob="),
])
def test_an_arviz_0_keyword_fails_with_the_arviz_1_name(call: str, successor: str):
    verdict = check_source(AFTER_SAMPLING.format(call=call).lstrip("\n"))
    assert not verdict.ok
    assert (verdict.stage, verdict.error.type, verdict.error.line) == ("lint", "UnexpectedKeyword", 8)
    assert f"ArviZ {arviz.__version__} does not accept" in verdict.error.message
    assert f"it is called {successor}" in verdict.error.hint


def test_an_arviz_0_function_fails_with_its_successor():
    verdict = check_source(AFTER_SAMPLING.format(call="az.plot_posterior(idata)").lstrip("\n"))
    assert (verdict.stage, verdict.error.type, verdict.error.line) == ("lint", "UnknownName", 8)
    assert verdict.error.hint == f"ArviZ {arviz.__version__} calls it az.plot_dist"


def test_arviz_1_calls_and_other_modules_pass():
    assert lint(AFTER_SAMPLING.format(call="print(az.hdi(idata, prob=0.9))\naz.plot_dist(idata, ci_prob=0.9)")).error is None
    assert lint("import numpy as az\naz.hdi_prob = 1\nprint(az.plot_posterior)\n").error is None
    assert lint("import arviz\narviz.summary(None, round_to=2)\n").error is None


def test_mvnormal_method_is_accepted():
    verdict = check_source(textwrap.dedent('''
        import numpy as np
        import pymc as pm
        cov = np.array([[1.0, 0.5], [0.5, 2.0]])
        obs = np.array([[0.1, 0.3], [-0.2, 1.1], [0.4, -0.5]])
        with pm.Model() as model:
            mu = pm.Normal("mu", 0, 1, shape=2)
            x = pm.MvNormal("x", mu=mu, cov=cov, method="svd", observed=obs)
        '''))
    assert verdict.ok, verdict.error
    assert lint('import pymc as pm\npm.Normal("x", loc=0, scale=1)\n').error.type == "UnexpectedKeyword"


def test_a_pymc_function_called_through_arviz_says_it_is_pymcs():
    # penguins, prompts v6: PyMC's posterior predictive called as ArviZ's.
    verdict = check_source(AFTER_SAMPLING.format(call="az.sample_posterior_predictive(idata)").lstrip("\n"))
    assert (verdict.stage, verdict.error.type, verdict.error.line) == ("lint", "UnknownName", 8)
    assert verdict.error.hint.startswith(
        "sample_posterior_predictive is PyMC's, not ArviZ's: call pm.sample_posterior_predictive(...)"), verdict.error
