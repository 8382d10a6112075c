# expect: ok
# Variational inference with pm.fit, then draws from the approximation.
import numpy as np
import pymc as pm

rng = np.random.default_rng(3)
y = rng.normal(3.0, 1.0, size=200)

with pm.Model() as model:
    mu = pm.Normal("mu", 0, 10)
    sigma = pm.HalfNormal("sigma", 5)
    pm.Normal("y", mu, sigma, observed=y)
    approx = pm.fit(n=5000, method="advi", random_seed=3)

idata = approx.sample(1000)
print(idata.posterior["mu"].mean().item())
