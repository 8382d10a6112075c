# expect: stage=evaluate line=8 type=NonFiniteGradient
# sqrt(|x|) has an infinite slope at x = 0, where the sampler starts.
import numpy as np
import pymc as pm

with pm.Model() as model:
    x = pm.Normal("x", 0, 1)
    pm.Potential("kink", -pm.math.sqrt(pm.math.abs(x)))
    pm.Normal("y", x, 1, observed=np.array([0.3, -0.2]))
