# expect: stage=evaluate line=9 type=NonFiniteLogp
# Categories numbered 1..3 for a three-category Categorical (it counts from 0).
import numpy as np
import pymc as pm

choices = np.array([1, 2, 3, 3, 1, 2])
with pm.Model() as model:
    probs = pm.Dirichlet("probs", a=np.ones(3))
    pm.Categorical("choices", p=probs, observed=choices)
