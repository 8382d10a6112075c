# expect: ok
# MvNormal with method="svd" (pymc-examples): PyMC 6.4 passes method to its MvNormalRV; the lint once refused it.
import numpy as np
import pymc as pm

cov = np.array([[1.0, 0.5], [0.5, 2.0]])
obs = np.array([[0.1, 0.3], [-0.2, 1.1], [0.4, -0.5]])
with pm.Model() as model:
    mu = pm.Normal("mu", 0, 1, shape=2)
    x = pm.MvNormal("x", mu=mu, cov=cov, method="svd", observed=obs)
