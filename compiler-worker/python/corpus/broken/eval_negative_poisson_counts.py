# expect: stage=evaluate line=9 type=NonFiniteLogp
# A count of -1 cannot come from a Poisson.
import numpy as np
import pymc as pm

calls = np.array([12, 15, -1, 24, 30])
with pm.Model() as model:
    rate = pm.Gamma("rate", alpha=2, beta=0.1)
    pm.Poisson("calls", mu=rate, observed=calls)
