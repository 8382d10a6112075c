# expect: stage=evaluate line=9 type=NonFiniteLogp
# A negative constant given as the standard deviation.
import numpy as np
import pymc as pm

y = np.array([2.1, 1.8, 2.6, 2.2])
with pm.Model() as model:
    mu = pm.Normal("mu", 0, 5)
    pm.Normal("y", mu=mu, sigma=-1.0, observed=y)
