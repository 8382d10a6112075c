# expect: stage=run line=10 type=TypeError
# HalfCauchy takes beta=, not sigma=. PyMC rejects it itself, so the verdict is its own TypeError with the lint's diagnosis as the hint.
import numpy as np
import pymc as pm

effects = np.array([28.0, 8.0, -3.0, 7.0])
errors = np.array([15.0, 10.0, 16.0, 11.0])
with pm.Model() as model:
    mu = pm.Normal("mu", 0, 5)
    tau = pm.HalfCauchy("tau", sigma=5)
    theta = pm.Normal("theta", mu, tau, shape=4)
    pm.Normal("obs", theta, errors, observed=effects)
