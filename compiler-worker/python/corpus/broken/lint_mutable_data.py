# expect: stage=lint line=10 type=RemovedApi
# pm.MutableData is gone; pm.Data is mutable.
import numpy as np
import pymc as pm

rng = np.random.default_rng(2)
x = rng.normal(size=30)
y = 1 + 2 * x + rng.normal(0, 0.5, size=30)
with pm.Model() as model:
    x_data = pm.MutableData("x", x)
    a = pm.Normal("a", 0, 5)
    b = pm.Normal("b", 0, 5)
    pm.Normal("y", a + b * x_data, 1, observed=y)
