# expect: stage=evaluate line=11 type=any
# Four coordinate values, five observations: PyMC builds the model; pm.sample fails when it labels the draws.
import numpy as np
import pymc as pm

weights = np.array([61.2, 70.4, 58.9, 66.0, 73.5])
coords = {"person": ["ann", "bob", "cy", "dee"]}
with pm.Model(coords=coords) as model:
    mu = pm.Normal("mu", 65, 10)
    sigma = pm.HalfNormal("sigma", 10)
    pm.Normal("weight", mu, sigma, observed=weights, dims="person")
    idata = pm.sample()
