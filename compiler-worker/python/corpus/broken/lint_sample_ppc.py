# expect: stage=lint line=12 type=RemovedApi
# pm.sample_ppc was renamed long ago.
import numpy as np
import pymc as pm

y = np.array([2.3, 1.9, 2.8, 2.2])
with pm.Model() as model:
    mu = pm.Normal("mu", 0, 10)
    sigma = pm.HalfNormal("sigma", 2)
    pm.Normal("y", mu, sigma, observed=y)
    trace = pm.sample(1000)
    ppc = pm.sample_ppc(trace, samples=500)
