# expect: ok
# pm.sample() is called after the model block, without model=. The check moves it into the block (its verdict carries the rewrite).
import numpy as np
import pymc as pm

y = np.array([1.0, 1.4, 0.7])
with pm.Model() as model:
    mu = pm.Normal("mu", 0, 1)
    pm.Normal("y", mu, 1, observed=y)
idata = pm.sample()
print(idata.posterior["mu"].mean())
