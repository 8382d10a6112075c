# expect: stage=run line=8 type=NotImplementedError
# A string where a number is expected.
import numpy as np
import pymc as pm

y = np.array([1.1, 0.9, 1.3])
with pm.Model() as model:
    mu = pm.Normal("mu", "zero", 1)
    pm.Normal("y", mu, 1, observed=y)
