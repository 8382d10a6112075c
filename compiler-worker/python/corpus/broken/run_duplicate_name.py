# expect: stage=run line=10 type=ValueError
# Two variables share the name "beta".
import numpy as np
import pymc as pm

x = np.linspace(0, 1, 20)
y = 2 * x + 1
with pm.Model() as model:
    intercept = pm.Normal("beta", 0, 5)
    slope = pm.Normal("beta", 0, 5)
    pm.Normal("y", intercept + slope * x, 1, observed=y)
