# expect: ok
# Fish caught per trip (many trips catch nothing): ZeroInflatedNegativeBinomial, then the
# posterior summarised with ArviZ and one mean read from idata.posterior.
import arviz as az
import numpy as np
import pymc as pm

rng = np.random.default_rng(77)
trips = 150
fished = rng.random(trips) < 0.55
fish = np.where(fished, rng.negative_binomial(3, 0.4, size=trips), 0)

with pm.Model(coords={"trip": np.arange(trips)}) as fishing:
    psi = pm.Beta("psi", 2, 2)
    mu = pm.Gamma("mu", mu=4.0, sigma=2.0)
    alpha = pm.Exponential("alpha", 0.5)
    pm.ZeroInflatedNegativeBinomial("fish", psi=psi, mu=mu, alpha=alpha, observed=fish, dims="trip")
    idata = pm.sample(draws=500, tune=500, chains=2, random_seed=77)

print(az.summary(idata, var_names=["psi", "mu", "alpha"], round_to=2))
print("share of trips that went fishing:", float(idata.posterior["psi"].mean()))
