# expect: stage=evaluate line=9 type=NonFiniteLogp
# n=5, but the counts add up to 6.
import numpy as np
import pymc as pm

seen = np.array([3, 2, 1])
with pm.Model() as model:
    p = pm.Dirichlet("p", a=np.ones(3))
    pm.Multinomial("seen", n=5, p=p, observed=seen)
