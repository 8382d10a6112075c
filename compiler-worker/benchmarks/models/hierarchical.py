import numpy as np
import pymc as pm

rng = np.random.default_rng(7)
n_groups, per_group = 40, 25
group = np.repeat(np.arange(n_groups), per_group)
true_effects = rng.normal(1.0, 0.5, n_groups)
y = rng.normal(true_effects[group], 1.0)
coords = {"group": np.arange(n_groups), "obs": np.arange(y.size)}

with pm.Model(coords=coords) as model:
    mu = pm.Normal("mu", 0, 2)
    tau = pm.HalfNormal("tau", 1)
    z = pm.Normal("z", 0, 1, dims="group")
    theta = pm.Deterministic("theta", mu + tau * z, dims="group")
    sigma = pm.HalfNormal("sigma", 1)
    pm.Normal("y", theta[group], sigma, observed=y, dims="obs")
    idata = pm.sample()
