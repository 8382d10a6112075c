# expect: stage=run line=11 type=ValueError
# One slope per group (3) multiplied by the covariate of every observation (6).
import numpy as np
import pymc as pm

x = np.array([0.5, 1.0, 1.5, 2.0, 2.5, 3.0])
y = np.array([1.1, 2.3, 2.9, 4.2, 5.1, 5.8])
group = np.array([0, 0, 1, 1, 2, 2])
with pm.Model() as model:
    slope = pm.Normal("slope", 0, 2, shape=3)
    mu = slope * x
    pm.Normal("y", mu, 1, observed=y)
