# expect: stage=lint line=4 type=UnknownName
# Importing a name PyMC does not have.
import numpy as np
from pymc import Model, Normal, HalfCauchyy

with Model() as model:
    mu = Normal("mu", 0, 1)
    tau = HalfCauchyy("tau", 1)
    Normal("y", mu, tau, observed=np.array([0.1, -0.3]))
