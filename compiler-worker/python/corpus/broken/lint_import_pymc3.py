# expect: stage=lint line=4 type=OutdatedImport
# PyMC3 is not installed; it is PyMC now.
import numpy as np
import pymc3 as pm

y = np.array([1.0, 2.0, 1.5])
with pm.Model() as model:
    mu = pm.Normal("mu", 0, 1)
    pm.Normal("y", mu, 1, observed=y)
