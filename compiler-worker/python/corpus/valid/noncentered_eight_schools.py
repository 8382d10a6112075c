# expect: ok
# The eight schools, non-centred so that the sampler copes with small tau.
import arviz as az
import numpy as np
import pymc as pm

effects = np.array([28.0, 8.0, -3.0, 7.0, -1.0, 1.0, 18.0, 12.0])
std_errors = np.array([15.0, 10.0, 16.0, 11.0, 9.0, 11.0, 10.0, 18.0])
coords = {"school": ["A", "B", "C", "D", "E", "F", "G", "H"]}

with pm.Model(coords=coords) as eight_schools:
    mu = pm.Normal("mu", mu=0, sigma=5)
    tau = pm.HalfCauchy("tau", beta=5)
    z = pm.Normal("z", mu=0, sigma=1, dims="school")
    theta = pm.Deterministic("theta", mu + tau * z, dims="school")
    pm.Normal("obs", mu=theta, sigma=std_errors, observed=effects, dims="school")
    idata = pm.sample(target_accept=0.95, random_seed=2)

print(az.summary(idata, var_names=["mu", "tau", "theta"]))
