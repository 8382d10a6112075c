# expect: stage=lint line=11 type=UnknownName
# pm.math has invlogit, not inv_logit.
import numpy as np
import pymc as pm

x = np.array([-1.0, 0.0, 1.0, 2.0])
y = np.array([0, 0, 1, 1])
with pm.Model() as model:
    a = pm.Normal("a", 0, 2)
    b = pm.Normal("b", 0, 2)
    p = pm.math.inv_logit(a + b * x)
    pm.Bernoulli("y", p=p, observed=y)
