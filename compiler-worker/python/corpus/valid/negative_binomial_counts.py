# expect: ok
import numpy as np
import pymc as pm

rng = np.random.default_rng(31)
visits = rng.negative_binomial(n=3, p=0.3, size=200)

with pm.Model() as nb_model:
    mu = pm.Gamma("mu", alpha=2, beta=0.2)
    alpha = pm.Exponential("alpha", lam=0.5)
    pm.NegativeBinomial("visits", mu=mu, alpha=alpha, observed=visits)
    idata = pm.sample(draws=400, tune=400, random_seed=31)

print(idata.posterior["mu"].mean().item(), idata.posterior["alpha"].mean().item())
