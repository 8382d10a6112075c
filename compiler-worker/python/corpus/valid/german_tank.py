# expect: ok
# Think Bayes: serial numbers 30, 60 and 90 of captured equipment.
import numpy as np
import pymc as pm

serials = np.array([30, 60, 90])

with pm.Model() as tanks:
    N = pm.DiscreteUniform("N", lower=serials.max(), upper=1000)
    pm.DiscreteUniform("serials", lower=1, upper=N, observed=serials)
    idata = pm.sample(2000, random_seed=90)

samples = idata.posterior["N"].values.ravel()
low, high = np.percentile(samples, [5, 95])
print(f"90% credible interval for N: {low:.0f} to {high:.0f}")
