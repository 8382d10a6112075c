# expect: stage=parse line=8 type=SyntaxError
# The call to pm.Normal is never closed.
import numpy as np
import pymc as pm

data = np.array([1.2, 0.8, 1.9, 1.4])
with pm.Model() as model:
    mu = pm.Normal("mu", mu=0, sigma=1
    sigma = pm.HalfNormal("sigma", 1)
    pm.Normal("y", mu, sigma, observed=data)
