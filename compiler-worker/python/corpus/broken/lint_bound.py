# expect: stage=lint line=9 type=RemovedApi
# pm.Bound was removed; pm.Truncated replaces it.
import numpy as np
import pymc as pm

lengths = np.array([12.1, 9.8, 11.4, 10.7])
with pm.Model() as model:
    mu = pm.Normal("mu", 10, 5)
    PositiveNormal = pm.Bound(pm.Normal, lower=0.0)
    sigma = PositiveNormal("sigma", mu=1.0, sigma=2.0)
    pm.Normal("lengths", mu, sigma, observed=lengths)
