# expect: ok
# sd= inside a .dist() component of a mixture. The check renames the keyword (its verdict carries the rewrite).
import numpy as np
import pymc as pm

rng = np.random.default_rng(1)
data = np.concatenate([rng.normal(-2, 1, 50), rng.normal(2, 1, 50)])
with pm.Model() as model:
    w = pm.Dirichlet("w", a=np.ones(2))
    mu = pm.Normal("mu", 0, 5, shape=2)
    left = pm.Normal.dist(mu=mu[0], sigma=1)
    right = pm.Normal.dist(mu=mu[1], sd=1)
    pm.Mixture("y", w=w, comp_dists=[left, right], observed=data)
