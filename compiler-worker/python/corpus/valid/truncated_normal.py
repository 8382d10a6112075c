# expect: ok
# Reaction times recorded only above 200 ms: a truncated normal likelihood.
import numpy as np
import pymc as pm

rng = np.random.default_rng(200)
raw = rng.normal(260, 40, size=500)
times = raw[raw > 200][:300]

with pm.Model() as truncated:
    mu = pm.Normal("mu", 250, 50)
    sigma = pm.HalfNormal("sigma", 50)
    normal = pm.Normal.dist(mu=mu, sigma=sigma)
    pm.Truncated("times", normal, lower=200, observed=times)
    pm.Truncated("positive_effect", pm.Normal.dist(0, 1), lower=0)
