# expect: stage=evaluate line=8 type=NonFiniteLogp
# A measurement above the fixed upper limit of its uniform likelihood.
import numpy as np
import pymc as pm

readings = np.array([0.2, 0.7, 1.4, 0.9])
with pm.Model() as model:
    pm.Uniform("readings", lower=0.0, upper=1.0, observed=readings)
    offset = pm.Normal("offset", 0, 1)
