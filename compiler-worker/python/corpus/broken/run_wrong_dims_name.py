# expect: stage=run line=11 type=KeyError
# The coords say "school" but the variable asks for "schools".
import numpy as np
import pymc as pm

effects = np.array([28.0, 8.0, -3.0, 7.0, -1.0, 1.0, 18.0, 12.0])
coords = {"school": list("ABCDEFGH")}
with pm.Model(coords=coords) as model:
    mu = pm.Normal("mu", 0, 5)
    tau = pm.HalfNormal("tau", 5)
    theta = pm.Normal("theta", mu, tau, dims="schools")
    pm.Normal("obs", theta, 10, observed=effects, dims="school")
