# expect: ok
# An AR(1) process fitted with pm.AR.
import numpy as np
import pymc as pm

rng = np.random.default_rng(3)
T = 150
series = np.zeros(T)
for t in range(1, T):
    series[t] = 0.7 * series[t - 1] + rng.normal(0, 0.5)

with pm.Model(coords={"time": np.arange(T)}) as ar_model:
    rho = pm.Normal("rho", mu=0.0, sigma=0.5, shape=1)
    sigma = pm.HalfNormal("sigma", 1.0)
    init = pm.Normal.dist(0.0, 1.0)
    pm.AR("y", rho=rho, sigma=sigma, init_dist=init, observed=series, dims="time")
