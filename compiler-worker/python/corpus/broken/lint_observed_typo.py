# expect: stage=lint line=9 type=UnexpectedKeyword
# observd= is silently a different thing: the data would never be used.
import numpy as np
import pymc as pm

heads = np.array([1, 0, 1, 1, 1, 0, 1])
with pm.Model() as model:
    p = pm.Beta("p", 1, 1)
    pm.Bernoulli("flips", p=p, observd=heads)
