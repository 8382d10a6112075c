# expect: ok
# Varying intercepts and slopes per region with a correlated (LKJ) prior.
import numpy as np
import pymc as pm

rng = np.random.default_rng(8)
regions = ["r1", "r2", "r3", "r4", "r5"]
n = 200
region = rng.integers(0, 5, size=n)
x = rng.normal(size=n)
y = 1.0 + 0.3 * region + (0.5 + 0.1 * region) * x + rng.normal(0, 0.5, size=n)

coords = {"region": regions, "param": ["intercept", "slope"], "param_bis": ["intercept", "slope"]}
with pm.Model(coords=coords) as varying:
    region_idx = pm.Data("region_idx", region)
    x_data = pm.Data("x", x)
    chol, corr, stds = pm.LKJCholeskyCov("chol", n=2, eta=2, sd_dist=pm.HalfNormal.dist(1.0, shape=2))
    mean_params = pm.Normal("mean_params", 0, 2, dims="param")
    z = pm.Normal("z", 0, 1, dims=("region", "param"))
    region_params = pm.Deterministic("region_params", mean_params + pm.math.dot(z, chol.T),
                                     dims=("region", "param"))
    mu = region_params[region_idx, 0] + region_params[region_idx, 1] * x_data
    sigma = pm.Exponential("sigma", 1)
    pm.Normal("y", mu, sigma, observed=y)
