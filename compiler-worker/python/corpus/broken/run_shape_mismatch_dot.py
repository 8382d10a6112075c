# expect: stage=run line=12 type=ValueError
# Three predictors in the design matrix, but only two coefficients.
import numpy as np
import pymc as pm

rng = np.random.default_rng(6)
X = rng.normal(size=(40, 3))
y = X @ np.array([1.0, -0.5, 0.2]) + rng.normal(0, 0.3, size=40)
with pm.Model() as model:
    intercept = pm.Normal("intercept", 0, 5)
    beta = pm.Normal("beta", 0, 1, shape=2)
    mu = intercept + pm.math.dot(X, beta)
    sigma = pm.HalfNormal("sigma", 1)
    pm.Normal("y", mu, sigma, observed=y)
