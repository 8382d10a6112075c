# expect: stage=evaluate line=9 type=PriorDataConflict
# A BUGS habit: the precision 0.001 passed as sigma pins the mean of heights near 170 to 0.
import numpy as np
import pymc as pm

heights = np.array([172.0, 168.5, 181.2, 175.0, 169.9, 177.3])
with pm.Model() as model:
    mu = pm.Normal("mu", 0, 0.001)
    h = pm.Normal("h", mu=mu, sigma=pm.HalfNormal("sigma", 10), observed=heights)
    idata = pm.sample()
