# expect: stage=evaluate line=9 type=NonFiniteLogp
# A survival time of -3 hours (a data-entry error).
import numpy as np
import pymc as pm

hours = np.array([12.0, 30.5, -3.0, 8.2])
with pm.Model() as model:
    hazard = pm.Gamma("hazard", alpha=1, beta=10)
    pm.Exponential("hours", lam=hazard, observed=hours)
