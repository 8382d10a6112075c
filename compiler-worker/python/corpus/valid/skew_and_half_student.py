# expect: ok
# A skewed measurement error model with a heavy-tailed prior on the scale.
import numpy as np
import pymc as pm

rng = np.random.default_rng(19)
readings = 5 + np.abs(rng.normal(0, 1.0, size=100)) + rng.normal(0, 0.2, size=100)

with pm.Model() as skewed:
    location = pm.Normal("location", 5, 2)
    scale = pm.HalfStudentT("scale", nu=3, sigma=1)
    skew = pm.Normal("skew", 0, 3)
    pm.SkewNormal("readings", mu=location, sigma=scale, alpha=skew, observed=readings)
