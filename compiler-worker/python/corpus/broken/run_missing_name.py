# expect: stage=run line=8 type=TypeError
# A model variable without its name.
import numpy as np
import pymc as pm

y = np.array([0.2, 0.5, -0.1])
with pm.Model() as model:
    mu = pm.Normal(mu=0, sigma=1)
    pm.Normal("y", mu, 1, observed=y)
