# expect: stage=lint line=10 type=UnknownName
# A misspelt distribution name.
import numpy as np
import pymc as pm

rng = np.random.default_rng(0)
y = rng.normal(2, 1, size=40)
with pm.Model() as model:
    mu = pm.Normal("mu", 0, 10)
    sigma = pm.HalfNormall("sigma", 5)
    pm.Normal("y", mu, sigma, observed=y)
