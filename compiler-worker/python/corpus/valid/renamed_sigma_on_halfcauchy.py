# expect: ok
# HalfCauchy takes beta=, not sigma=. The check renames the keyword (its verdict carries the rewrite).
import numpy as np
import pymc as pm

effects = np.array([28.0, 8.0, -3.0, 7.0])
errors = np.array([15.0, 10.0, 16.0, 11.0])
with pm.Model() as model:
    mu = pm.Normal("mu", 0, 5)
    tau = pm.HalfCauchy("tau", sigma=5)
    theta = pm.Normal("theta", mu, tau, shape=4)
    pm.Normal("obs", theta, errors, observed=effects)
