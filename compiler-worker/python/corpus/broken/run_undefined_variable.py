# expect: stage=run line=10 type=NameError
# `sigma` is used but never defined (the prior is called `noise`).
import numpy as np
import pymc as pm

y = np.array([3.2, 2.8, 3.9, 3.1])
with pm.Model() as model:
    mu = pm.Normal("mu", 0, 10)
    noise = pm.HalfNormal("noise", 2)
    pm.Normal("y", mu=mu, sigma=sigma, observed=y)
