# expect: stage=run line=10 type=TypeError
# pm.Deterministic needs a name as well as the expression.
import numpy as np
import pymc as pm

y = np.array([5.0, 6.1, 5.6])
with pm.Model() as model:
    mu = pm.Normal("mu", 5, 2)
    pm.Normal("y", mu, 1, observed=y)
    doubled = pm.Deterministic(2 * mu)
