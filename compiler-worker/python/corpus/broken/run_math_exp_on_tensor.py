# expect: stage=run line=12 type=TypeError
# math.exp cannot take a symbolic variable (pm.math.exp can).
import math

import numpy as np
import pymc as pm

calls = np.array([12, 15, 21, 24, 30])
with pm.Model() as model:
    a = pm.Normal("a", 0, 2)
    b = pm.Normal("b", 0, 1)
    rate = math.exp(a + b)
    pm.Poisson("calls", rate, observed=calls)
