# expect: stage=parse line=11 type=SyntaxError
# `return` at module level is only found by the compiler.
import numpy as np
import pymc as pm

heights = np.array([170.0, 182.0, 165.0, 177.0])
with pm.Model() as model:
    mu = pm.Normal("mu", 175, 10)
    sigma = pm.HalfNormal("sigma", 10)
    pm.Normal("h", mu, sigma, observed=heights)
return model
