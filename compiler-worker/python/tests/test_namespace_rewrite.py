"""The check spells a math function asked of the wrong PyMC namespace where PyMC has it, on programs
Qwen2.5-Coder-1.5B wrote in the quality benchmark, and leaves a name found nowhere as the lint error it is."""

from __future__ import annotations

import textwrap

from modelcraft_check import check_source
from modelcraft_check.namespace_rewrite import into_math_namespace

# prompts v10, poisson-regression-counts, attempt 2: pm.exp for pm.math.exp.
EXP_IN_PYMC = '''
import numpy as np
import pymc as pm
import arviz as az

staff = np.array([2, 3, 4, 5, 6, 2, 3, 4, 5, 6])
calls = np.array([12, 15, 21, 24, 30, 10, 17, 19, 27, 28])

with pm.Model() as model:
    # log link for the Poisson regression
    log_lambda = pm.Normal("log_lambda", mu=0, sigma=1, shape=len(staff))
    lambda_ = pm.Deterministic("lambda", pm.exp(log_lambda))
    obs = pm.Poisson("obs", mu=lambda_, observed=calls)
    idata = pm.sample()

print(az.summary(idata))
'''


def test_pm_exp_is_written_as_pm_math_exp_and_checked_again() -> None:
    verdict = check_source(EXP_IN_PYMC)

    assert verdict.rewrite is not None
    assert 'pm.Deterministic("lambda", pm.math.exp(log_lambda))' in verdict.rewrite.code
    assert "pm.exp(" not in verdict.rewrite.code
    assert verdict.rewrite.changes == (
        "`pm.exp` (line 12) does not exist in PyMC " + verdict.versions["pymc"]
        + ": the check wrote `pm.math.exp`, where PyMC has that function",)
    assert verdict.stage != "lint"


def test_the_rewritten_program_carries_its_later_failure() -> None:
    # The rewrite gets the program past the lint; what stops it next is its own: priors around exp(0) = 1 for
    # counts around 20.
    verdict = check_source(EXP_IN_PYMC)

    assert not verdict.ok
    assert verdict.stage == "evaluate"
    assert verdict.error.type == "PriorDataConflict"
    assert verdict.rewrite is not None


def test_pytensor_alias_and_every_occurrence_are_rewritten() -> None:
    text = textwrap.dedent('''
        import pymc as pm
        x = [1.0, 2.0]
        a = pm.math.less(x[0], 2.0)
        b = pm.sum(x) + pm.sum(x)
    ''')
    rewrite = into_math_namespace(text)

    assert rewrite is not None
    assert "a = pm.math.lt(x[0], 2.0)" in rewrite.code
    assert "b = pm.math.sum(x) + pm.math.sum(x)" in rewrite.code
    assert rewrite.changes == (
        "`pm.math.less` (line 4) does not exist in PyMC " + _pymc_version() + ": the check wrote `pm.math.lt`, "
        "where PyMC has that function",
        "`pm.sum` (line 5) does not exist in PyMC " + _pymc_version() + ": the check wrote `pm.math.sum`, "
        "where PyMC has that function")


def test_a_name_found_nowhere_stays_a_lint_error() -> None:
    text = textwrap.dedent('''
        import pymc as pm
        with pm.Model() as model:
            obs = pm.DieRoll("obs", n=3, observed=[1, 3, 5])
    ''')

    assert into_math_namespace(text) is None
    verdict = check_source(text)
    assert verdict.stage == "lint"
    assert verdict.error.type == "UnknownName"
    assert verdict.rewrite is None


def test_a_name_pymc_has_is_left_alone() -> None:
    assert into_math_namespace("import pymc as pm\ny = pm.math.exp(1.0)\n") is None


def _pymc_version() -> str:
    import pymc

    return pymc.__version__


def test_the_repair_is_made_when_another_lint_error_comes_first() -> None:
    text = textwrap.dedent('''
        import pymc as pm
        with pm.Model() as model:
            x = pm.Normal("x", mu=0, spread=1)
            y = pm.Deterministic("y", pm.exp(x))
    ''')

    verdict = check_source(text)

    assert verdict.rewrite is not None
    assert 'pm.Deterministic("y", pm.math.exp(x))' in verdict.rewrite.code
    assert verdict.error is not None and verdict.error.type == "UnexpectedKeyword"
