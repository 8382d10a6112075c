# expect: ok
# A two-component mixture with pm.Mixture and explicit component distributions.
import numpy as np
import pymc as pm

rng = np.random.default_rng(12)
data = np.concatenate([rng.normal(-2, 0.6, size=150), rng.normal(3, 1.0, size=100)])

with pm.Model() as mix:
    w = pm.Dirichlet("w", a=np.ones(2))
    mu = pm.Normal("mu", mu=[-1.0, 1.0], sigma=5, shape=2,
                   transform=pm.distributions.transforms.ordered, initval=[-1.0, 1.0])
    sigma = pm.HalfNormal("sigma", sigma=2, shape=2)
    components = [pm.Normal.dist(mu=mu[0], sigma=sigma[0]), pm.Normal.dist(mu=mu[1], sigma=sigma[1])]
    pm.Mixture("y", w=w, comp_dists=components, observed=data)
