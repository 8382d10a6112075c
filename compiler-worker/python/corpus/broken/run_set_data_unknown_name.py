# expect: stage=run line=14 type=KeyError
# set_data on a name that was never declared with pm.Data.
import numpy as np
import pymc as pm

x = np.linspace(0, 1, 25)
y = 0.5 + 2 * x
with pm.Model() as model:
    x_data = pm.Data("x", x)
    a = pm.Normal("a", 0, 5)
    b = pm.Normal("b", 0, 5)
    pm.Normal("y", a + b * x_data, 1, observed=y, shape=x_data.shape)

    pm.set_data({"x_new": np.array([1.5, 2.0])})
    idata = pm.sample()
