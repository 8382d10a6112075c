# expect: stage=run line=11 type=ValueError
# The observed variable has the same name as one of the dims.
import numpy as np
import pymc as pm

rng = np.random.default_rng(3)
data = rng.normal(size=(50, 2))
coords = {"obs": np.arange(50), "axis": ["x", "y"]}
with pm.Model(coords=coords) as model:
    mu = pm.Normal("mu", 0, 5, dims="axis")
    pm.Normal("obs", mu=mu, sigma=1, observed=data, dims=("obs", "axis"))
