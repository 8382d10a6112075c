# expect: ok
import arviz as az
import numpy as np
import pymc as pm

rng = np.random.default_rng(2024)
n = 120
x = rng.uniform(-3, 3, size=n)
y = 1.5 + 0.8 * x + rng.normal(0, 0.7, size=n)

with pm.Model(coords={"obs": np.arange(n)}) as regression:
    x_data = pm.Data("x", x, dims="obs")
    intercept = pm.Normal("intercept", 0, 10)
    slope = pm.Normal("slope", 0, 10)
    noise = pm.HalfNormal("noise", 2)
    mu = intercept + slope * x_data
    pm.Normal("y", mu=mu, sigma=noise, observed=y, dims="obs")
    idata = pm.sample(draws=500, tune=500, chains=2, random_seed=3)

print(az.summary(idata, var_names=["intercept", "slope", "noise"], round_to=2))
