# expect: ok
# A named sub-model inside the main model.
import numpy as np
import pymc as pm

rng = np.random.default_rng(1)
heights = rng.normal(170, 8, size=50)
weights = rng.normal(70, 10, size=50)

with pm.Model() as study:
    with pm.Model(name="height"):
        mu = pm.Normal("mu", 170, 20)
        sigma = pm.HalfNormal("sigma", 10)
        pm.Normal("obs", mu, sigma, observed=heights)
    with pm.Model(name="weight"):
        mu = pm.Normal("mu", 70, 20)
        sigma = pm.HalfNormal("sigma", 10)
        pm.Normal("obs", mu, sigma, observed=weights)
