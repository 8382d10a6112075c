# expect: ok
# Think Bayes: light bulbs, four still burning when the test stopped at 1500 hours.
import numpy as np
import pymc as pm

hours = np.array([1100, 1320, 980, 1450, 1210, 1050, 1500, 1500, 1500, 1500], dtype=float)

with pm.Model() as bulbs:
    shape = pm.Gamma("shape", alpha=2.0, beta=0.5)
    scale = pm.Gamma("scale", mu=1200.0, sigma=400.0)
    lifetime = pm.Weibull.dist(alpha=shape, beta=scale)
    pm.Censored("hours", lifetime, lower=None, upper=1500.0, observed=hours)
    idata = pm.sample(random_seed=1500)

print("posterior mean scale (hours):", idata.posterior["scale"].mean().item())
