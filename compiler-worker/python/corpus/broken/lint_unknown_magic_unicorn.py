# expect: stage=lint line=9 type=UnknownName
# A distribution that does not exist.
import numpy as np
import pymc as pm

sparkles = np.array([3.1, 2.7, 4.0, 3.3])
with pm.Model() as model:
    mu = pm.Normal("mu", 0, 5)
    horn = pm.MagicUnicorn("horn", mu=mu)
    pm.Normal("sparkles", horn, 1, observed=sparkles)
