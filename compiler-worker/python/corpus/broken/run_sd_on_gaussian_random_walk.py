# expect: stage=run line=11 type=TypeError
# PyMC3's sd= on GaussianRandomWalk (it is sigma= now). PyMC rejects it deep inside RandomWalk, so the verdict is its own TypeError with the lint's diagnosis as the hint.
import numpy as np
import pymc as pm

rng = np.random.default_rng(5)
prices = np.cumsum(rng.normal(0, 0.2, size=60))

with pm.Model() as walk:
    volatility = pm.HalfNormal("volatility", 0.5)
    level = pm.GaussianRandomWalk("level", sd=volatility, init_dist=pm.Normal.dist(0, 1), steps=59)
    pm.Normal("prices", mu=level, sigma=0.1, observed=prices)
