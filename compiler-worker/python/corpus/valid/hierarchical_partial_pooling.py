# expect: ok
# Partial pooling of test scores across schools, with named dims and coords.
import numpy as np
import pymc as pm

rng = np.random.default_rng(99)
schools = ["north", "south", "east", "west", "central", "harbor"]
school_effect = rng.normal(0, 3, size=len(schools))
school_idx = rng.integers(0, len(schools), size=240)
scores = 70 + school_effect[school_idx] + rng.normal(0, 8, size=240)

coords = {"school": schools, "student": np.arange(len(scores))}
with pm.Model(coords=coords) as pooled:
    idx = pm.Data("school_idx", school_idx, dims="student")
    mu_global = pm.Normal("mu_global", 70, 10)
    sigma_school = pm.HalfNormal("sigma_school", 5)
    mu_school = pm.Normal("mu_school", mu_global, sigma_school, dims="school")
    sigma = pm.HalfNormal("sigma", 10)
    pm.Normal("score", mu_school[idx], sigma, observed=scores, dims="student")
