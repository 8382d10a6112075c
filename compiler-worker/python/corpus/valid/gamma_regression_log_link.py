# expect: ok
# Positive, skewed costs modelled with a Gamma likelihood parameterised by mean and sd.
import numpy as np
import pymc as pm

rng = np.random.default_rng(81)
n = 150
size = rng.uniform(1, 5, size=n)
cost = rng.gamma(shape=4.0, scale=np.exp(0.5 + 0.3 * size) / 4.0)

with pm.Model() as cost_model:
    a = pm.Normal("a", 0, 1)
    b = pm.Normal("b", 0, 0.5)
    cv = pm.HalfNormal("cv", 1)
    mean_cost = pm.math.exp(a + b * size)
    pm.Gamma("cost", mu=mean_cost, sigma=cv * mean_cost, observed=cost)
