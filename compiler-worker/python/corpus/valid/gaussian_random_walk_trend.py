# expect: ok
# A latent random-walk level observed with noise.
import numpy as np
import pymc as pm

rng = np.random.default_rng(17)
steps = 80
level = np.cumsum(rng.normal(0, 0.3, size=steps))
observed = level + rng.normal(0, 0.5, size=steps)

with pm.Model(coords={"day": np.arange(steps)}) as walk:
    innovation = pm.HalfNormal("innovation", 0.5)
    latent = pm.GaussianRandomWalk(
        "latent", sigma=innovation, init_dist=pm.Normal.dist(0, 2), dims="day"
    )
    noise = pm.HalfNormal("noise", 1.0)
    pm.Normal("obs", mu=latent, sigma=noise, observed=observed, dims="day")
