# expect: stage=evaluate line=10 type=NonFiniteLogp
# Outcomes coded 1/2 instead of 0/1.
import numpy as np
import pymc as pm

damage = np.array([1, 2, 1, 1, 2, 2, 1])
with pm.Model() as model:
    logit = pm.Normal("logit", 0, 1.5)
    p = pm.math.invlogit(logit)
    pm.Bernoulli("damage", p=p, observed=damage)
