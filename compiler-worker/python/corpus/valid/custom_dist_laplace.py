# expect: ok
# A hand-written Laplace likelihood through pm.CustomDist (logp and random given).
import numpy as np
import pymc as pm


def laplace_logp(value, mu, b):
    return -pm.math.log(2 * b) - pm.math.abs(value - mu) / b


def laplace_random(mu, b, rng=None, size=None):
    return rng.laplace(mu, b, size=size)


rng = np.random.default_rng(9)
errors = rng.laplace(1.0, 0.5, size=150)

with pm.Model() as model:
    mu = pm.Normal("mu", 0, 2)
    b = pm.HalfNormal("b", 1)
    pm.CustomDist("errors", mu, b, logp=laplace_logp, random=laplace_random, observed=errors)
