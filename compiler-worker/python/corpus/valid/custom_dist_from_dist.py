# expect: ok
# CustomDist built from a generative function (dist=): a shifted log-normal.
import numpy as np
import pymc as pm


def shifted_lognormal(shift, mu, sigma, size):
    return shift + pm.LogNormal.dist(mu=mu, sigma=sigma, size=size)


rng = np.random.default_rng(15)
waits = 2.0 + rng.lognormal(0.5, 0.4, size=120)

with pm.Model() as model:
    mu = pm.Normal("mu", 0, 1)
    sigma = pm.HalfNormal("sigma", 1)
    pm.CustomDist("waits", 2.0, mu, sigma, dist=shifted_lognormal, observed=waits)
