# expect: ok
# NormalMixture takes sigma= (or tau=), not PyMC3's sd=. The check renames the keyword (its verdict carries the rewrite).
import numpy as np
import pymc as pm

rng = np.random.default_rng(12)
heights = np.concatenate([rng.normal(162, 6, 150), rng.normal(176, 7, 150)])

with pm.Model() as heights_model:
    weights = pm.Dirichlet("weights", a=np.ones(2))
    means = pm.Normal("means", mu=[160, 180], sigma=10, shape=2)
    spreads = pm.HalfNormal("spreads", sigma=10, shape=2)
    pm.NormalMixture("heights", w=weights, mu=means, sd=spreads, observed=heights)
