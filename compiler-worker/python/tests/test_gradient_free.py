"""A model with a variable that has no gradient (a black-box Op in a CustomDist) passes with a warning, as pm.sample()
gives such a variable a gradient-free step; the variables that have one are still checked for a finite gradient."""

from __future__ import annotations

from modelcraft_check import check_source

BLACK_BOX = '''
import numpy as np
import pymc as pm
import pytensor.tensor as pt
from pytensor.graph.basic import Apply
from pytensor.graph.op import Op


class SquaredDistance(Op):
    def make_node(self, mu, data):
        return Apply(self, [pt.as_tensor_variable(mu), pt.as_tensor_variable(data)], [pt.dscalar()])

    def perform(self, node, inputs, outputs):
        mu, data = inputs
        outputs[0][0] = np.asarray(-0.5 * np.sum((data - mu) ** 2))


loglike = SquaredDistance()
data = np.array([1.2, 0.8, 1.1, 0.9, 1.3])

with pm.Model() as model:
    mu = pm.Normal("mu", 0, 10)
    pm.CustomDist("y", mu, observed=data, logp=lambda value, mu: loglike(mu, value))
'''


def test_a_black_box_likelihood_passes_with_the_variables_named_that_get_no_gradient() -> None:
    verdict = check_source(BLACK_BOX)

    assert verdict.ok, verdict.error
    gradient_free = [w for w in verdict.warnings if w.code == "no_gradient"]
    assert len(gradient_free) == 1
    assert gradient_free[0].message.startswith("the log-probability has no gradient with respect to mu (pullback not "
                                               "implemented for SquaredDistance)")
    assert gradient_free[0].line == 22  # mu = pm.Normal(...)
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
