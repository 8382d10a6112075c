# expect: ok
# Think Bayes: twelve hospitals' mortality, non-centred logistic partial pooling.
import numpy as np
import pymc as pm

deaths = np.array([0, 18, 8, 46, 8, 13, 9, 31, 14, 8, 29, 24])
operations = np.array([47, 148, 119, 810, 211, 196, 148, 215, 207, 97, 256, 360])
hospitals = [f"H{i + 1}" for i in range(12)]

with pm.Model(coords={"hospital": hospitals}) as hospitals_model:
    mu = pm.Normal("mu", -2.5, 1.5)
    tau = pm.HalfNormal("tau", 1.0)
    z = pm.Normal("z", 0, 1, dims="hospital")
    p = pm.Deterministic("p", pm.math.invlogit(mu + tau * z), dims="hospital")
    pm.Binomial("deaths", n=operations, p=p, observed=deaths, dims="hospital")
    idata = pm.sample(target_accept=0.9, random_seed=12)

print(idata.posterior["p"].mean(dim=("chain", "draw")).to_series().round(3))
