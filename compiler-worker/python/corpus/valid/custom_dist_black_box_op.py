# expect: ok
# A likelihood computed by a black-box Op with no gradient, as a CustomDist without random= (pymc-examples' "black box likelihood" pattern): pm.sample() gives mu a Slice step, so the check passes it with the no_gradient warning.
import numpy as np
import pymc as pm
import pytensor.tensor as pt
from pytensor.graph.op import Op
from pytensor.graph.basic import Apply


class NormalLogLike(Op):
    """A log-likelihood computed outside PyTensor, with no gradient."""

    def make_node(self, mu, data):
        mu = pt.as_tensor_variable(mu)
        data = pt.as_tensor_variable(data)
        return Apply(self, [mu, data], [pt.dscalar()])

    def perform(self, node, inputs, outputs):
        mu, data = inputs
        outputs[0][0] = np.asarray(-0.5 * np.sum((data - mu) ** 2))


loglike = NormalLogLike()
data = np.array([1.2, 0.8, 1.1, 0.9, 1.3])

with pm.Model() as model:
    mu = pm.Normal("mu", 0, 10)
    pm.CustomDist("y", mu, observed=data, logp=lambda value, mu: loglike(mu, value))
    idata = pm.sample(draws=200, tune=200, chains=1, progressbar=False)
