# expect: ok
# Claims per policy with exposure time as an offset on the log scale.
import numpy as np
import pymc as pm

rng = np.random.default_rng(2)
n = 200
exposure = rng.uniform(0.2, 2.0, size=n)
young = rng.integers(0, 2, size=n)
claims = rng.poisson(exposure * np.exp(-1.5 + 0.7 * young))

with pm.Model() as claims_model:
    intercept = pm.Normal("intercept", -1, 1)
    young_effect = pm.Normal("young_effect", 0, 1)
    log_rate = intercept + young_effect * young + np.log(exposure)
    pm.Poisson("claims", mu=pm.math.exp(log_rate), observed=claims)
