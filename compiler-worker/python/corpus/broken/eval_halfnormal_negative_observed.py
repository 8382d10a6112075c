# expect: stage=evaluate line=9 type=NonFiniteLogp
# Distances must be positive under a HalfNormal; one is negative.
import numpy as np
import pymc as pm

distances = np.array([0.4, 1.3, -0.2, 0.9, 2.1])
with pm.Model() as model:
    scale = pm.HalfNormal("scale", 2)
    pm.HalfNormal("distances", sigma=scale, observed=distances)
