import numpy as np
import pymc as pm

rng = np.random.default_rng(11)
n, p = 1000, 6
X = rng.normal(size=(n, p))
beta_true = rng.normal(size=p)
y = rng.binomial(1, 1 / (1 + np.exp(-(X @ beta_true - 0.3))))

with pm.Model(coords={"feature": [f"x{i}" for i in range(p)]}) as model:
    X_data = pm.Data("X", X)
    intercept = pm.Normal("intercept", 0, 2)
    beta = pm.Normal("beta", 0, 1, dims="feature")
    pm.Bernoulli("y", logit_p=intercept + pm.math.dot(X_data, beta), observed=y)
    idata = pm.sample()
