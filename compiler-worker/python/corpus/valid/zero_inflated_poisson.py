# expect: ok
import numpy as np
import pymc as pm

rng = np.random.default_rng(10)
n = 400
fished = rng.random(n) < 0.6
catch = np.where(fished, rng.poisson(3.0, size=n), 0)

with pm.Model() as zip_model:
    psi = pm.Beta("psi", 2, 2)
    mu = pm.Gamma("mu", mu=3, sigma=2)
    pm.ZeroInflatedPoisson("catch", psi=psi, mu=mu, observed=catch)
    idata = pm.sample(random_seed=10)

print("fraction of groups that fished:", float(idata.posterior["psi"].mean()))
