# expect: ok
# A MAP estimate first, then MCMC; the results are plotted with ArviZ.
import arviz as az
import matplotlib.pyplot as plt
import numpy as np
import pymc as pm

rng = np.random.default_rng(11)
weights = rng.lognormal(mean=1.0, sigma=0.3, size=70)

with pm.Model() as model:
    mu = pm.Normal("mu", 0, 2)
    sigma = pm.HalfNormal("sigma", 1)
    pm.LogNormal("weights", mu=mu, sigma=sigma, observed=weights)
    map_estimate = pm.find_MAP()
    print("MAP:", map_estimate)
    idata = pm.sample(initvals=map_estimate, random_seed=11)

az.plot_trace(idata)
plt.savefig("trace.png")
