# expect: stage=lint line=8 type=UnexpectedKeyword
# Exponential is parameterised by lam= (or scale=), not mu=.
import numpy as np
import pymc as pm

waits = np.array([2.5, 0.7, 1.9, 3.2, 0.4])
with pm.Model() as model:
    rate = pm.Exponential("rate", mu=1.0)
    pm.Exponential("waits", lam=rate, observed=waits)
