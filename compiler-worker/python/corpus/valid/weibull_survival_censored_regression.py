# expect: ok
# Time to failure of machines with a treatment effect; censored at the study end.
import numpy as np
import pymc as pm

rng = np.random.default_rng(100)
n = 120
treated = rng.integers(0, 2, size=n)
true_scale = np.exp(3.0 + 0.5 * treated)
failure = true_scale * rng.weibull(1.5, size=n)
study_end = 40.0
observed = np.minimum(failure, study_end)

with pm.Model() as weibull_model:
    k = pm.Gamma("k", alpha=2, beta=1)
    b0 = pm.Normal("b0", 3, 1)
    b1 = pm.Normal("b1", 0, 1)
    scale = pm.math.exp(b0 + b1 * treated)
    pm.Censored("time", pm.Weibull.dist(alpha=k, beta=scale), lower=None, upper=study_end,
                observed=observed)
    idata = pm.sample(500, tune=500, random_seed=100)

print("treatment multiplies the scale by", np.exp(idata.posterior["b1"]).mean().item())
