# expect: stage=run line=10 type=ValueError
# sd_dist must be an unregistered .dist(), not a model variable.
import numpy as np
import pymc as pm

rng = np.random.default_rng(4)
data = rng.multivariate_normal([0, 0], [[1, 0.5], [0.5, 1]], size=100)
with pm.Model() as model:
    sd = pm.HalfNormal("sd", 1.0, shape=2)
    chol, corr, stds = pm.LKJCholeskyCov("chol", n=2, eta=2.0, sd_dist=sd)
    pm.MvNormal("obs", mu=np.zeros(2), chol=chol, observed=data)
