# expect: ok
# PyMC3's sd= on GaussianRandomWalk (it is sigma= now). The check renames the keyword (its verdict carries the rewrite).
import numpy as np
import pymc as pm

rng = np.random.default_rng(5)
prices = np.cumsum(rng.normal(0, 0.2, size=60))

with pm.Model() as walk:
    volatility = pm.HalfNormal("volatility", 0.5)
    level = pm.GaussianRandomWalk("level", sd=volatility, init_dist=pm.Normal.dist(0, 1), steps=59)
    pm.Normal("prices", mu=level, sigma=0.1, observed=prices)
