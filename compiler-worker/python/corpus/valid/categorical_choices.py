# expect: ok
# Which flavour do customers pick? Categorical likelihood with a Dirichlet prior.
import numpy as np
import pymc as pm

rng = np.random.default_rng(14)
flavours = ["vanilla", "chocolate", "strawberry", "pistachio"]
picks = rng.choice(4, size=180, p=[0.4, 0.3, 0.2, 0.1])

with pm.Model(coords={"flavour": flavours}) as model:
    theta = pm.Dirichlet("theta", a=np.full(4, 2.0), dims="flavour")
    pm.Categorical("picks", p=theta, observed=picks)
