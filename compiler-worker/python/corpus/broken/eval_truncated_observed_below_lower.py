# expect: stage=evaluate line=10 type=NonFiniteLogp
# Truncated at 200 ms, but one recorded time is 150 ms.
import numpy as np
import pymc as pm

times = np.array([250.0, 310.0, 150.0, 220.0])
with pm.Model() as model:
    mu = pm.Normal("mu", 250, 50)
    sigma = pm.HalfNormal("sigma", 50)
    pm.Truncated("times", pm.Normal.dist(mu, sigma), lower=200, observed=times)
