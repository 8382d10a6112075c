"""A model with a variable that has no gradient (a black-box Op in a CustomDist) passes with a warning, as pm.sample()
gives such a variable a gradient-free step; the variables that have one are still checked for a finite gradient."""

from __future__ import annotations

from pathlib import Path

from modelcraft_check import check_source

# A likelihood computed by a black-box Op with no gradient, as a CustomDist without random=.
BLACK_BOX = (Path(__file__).resolve().parents[1] / "corpus" / "valid" / "custom_dist_black_box_op.py").read_text()
MU_LINE = BLACK_BOX.splitlines().index('    mu = pm.Normal("mu", 0, 10)') + 1


def test_a_black_box_likelihood_passes_with_the_variables_named_that_get_no_gradient() -> None:
    verdict = check_source(BLACK_BOX)

    assert verdict.ok, verdict.error
    gradient_free = [w for w in verdict.warnings if w.code == "no_gradient"]
    assert len(gradient_free) == 1
    assert gradient_free[0].message.startswith("the log-probability has no gradient with respect to mu (pullback not "
                                               "implemented for NormalLogLike)")
    assert gradient_free[0].line == MU_LINE
    undrawn = [w for w in verdict.warnings if w.code == "prior_predictive"]
    assert undrawn and undrawn[0].message.startswith("the prior predictive of y cannot be drawn")


def test_the_variables_with_a_gradient_are_still_checked() -> None:
    text = BLACK_BOX.replace('    mu = pm.Normal("mu", 0, 10)\n',
                             '    mu = pm.Normal("mu", 0, 10)\n'
                             '    nu = pm.Normal("nu", 0, 1)\n'
                             '    pm.Normal("z", pm.math.sqrt(pm.math.abs(nu)), 1, observed=data)\n')

    verdict = check_source(text)

    assert not verdict.ok
    assert verdict.stage == "evaluate"
    assert verdict.error.type == "NonFiniteGradient"
    assert verdict.error.message.endswith("with respect to: nu")
