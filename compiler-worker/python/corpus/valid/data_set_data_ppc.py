# expect: ok
# pm.Data, then pm.set_data for new inputs and a posterior predictive for them.
import numpy as np
import pymc as pm

rng = np.random.default_rng(123)
x_train = rng.normal(size=100)
y_train = 0.5 - 1.2 * x_train + rng.normal(0, 0.4, size=100)

with pm.Model() as model:
    x = pm.Data("x", x_train)
    y = pm.Data("y", y_train)
    a = pm.Normal("a", 0, 1)
    b = pm.Normal("b", 0, 1)
    s = pm.HalfNormal("s", 1)
    pm.Normal("obs", a + b * x, s, observed=y, shape=x.shape)
    idata = pm.sample(500, tune=500, random_seed=123)

x_test = np.array([-2.0, 0.0, 2.0])
with model:
    pm.set_data({"x": x_test, "y": np.zeros_like(x_test)})
    ppc = pm.sample_posterior_predictive(idata, random_seed=123)

print(ppc.posterior_predictive["obs"].mean(dim=["chain", "draw"]).values)
