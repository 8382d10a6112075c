# expect: ok
# PyMC3's sd= is sigma= now. The check renames the keyword (its verdict carries the rewrite).
import numpy as np
import pymc as pm

y = np.array([5.1, 4.8, 5.5, 5.0, 4.9])
with pm.Model() as model:
    mu = pm.Normal("mu", 0, 10)
    sigma = pm.HalfNormal("sigma", sd=2)
    pm.Normal("y", mu=mu, sigma=sigma, observed=y)
