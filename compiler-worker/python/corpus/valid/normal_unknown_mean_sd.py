# expect: ok
import numpy as np
import pymc as pm

rng = np.random.default_rng(7)
measurements = rng.normal(loc=12.5, scale=2.0, size=60)

with pm.Model() as model:
    mu = pm.Normal("mu", mu=10.0, sigma=5.0)
    sigma = pm.HalfNormal("sigma", sigma=5.0)
    pm.Normal("y", mu=mu, sigma=sigma, observed=measurements)
    idata = pm.sample(random_seed=7)

print("posterior mean of mu:", idata.posterior["mu"].mean().item())
print("posterior mean of sigma:", idata.posterior["sigma"].mean().item())
