# expect: stage=evaluate line=11 type=ValueError
# Three group means for five observations: PyMC builds it, the shapes clash when evaluated.
import numpy as np
import pymc as pm

rng = np.random.default_rng(0)
y = rng.normal(size=5)
with pm.Model() as model:
    mu = pm.Normal("mu", 0, 1, shape=3)
    sigma = pm.HalfNormal("sigma", 1)
    pm.Normal("y", mu=mu, sigma=sigma, observed=y)
