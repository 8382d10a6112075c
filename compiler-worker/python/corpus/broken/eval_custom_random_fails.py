# expect: stage=evaluate line=12 type=TypeError
# The random function ignores size=None (a single draw) and fails when the prior predictive is drawn.
import numpy as np
import pymc as pm


def logp(value, mu):
    return -0.5 * (value - mu) ** 2


def random(mu, rng=None, size=None):
    return rng.normal(mu, 1.0, size=(size, 2, 7))


with pm.Model() as model:
    mu = pm.Normal("mu", 0, 1)
    pm.CustomDist("z", mu, logp=logp, random=random)
