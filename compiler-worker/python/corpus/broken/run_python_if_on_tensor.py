# expect: stage=run line=10 type=TypeError
# A Python `if` on a random variable (should be pm.math.switch).
import numpy as np
import pymc as pm

years = np.arange(10)
counts = np.array([4, 5, 3, 4, 6, 1, 0, 2, 1, 1])
with pm.Model() as model:
    switch = pm.DiscreteUniform("switch", 0, 9)
    if switch > 5:
        rate = pm.Exponential("early", 1.0)
    else:
        rate = pm.Exponential("late", 1.0)
    pm.Poisson("counts", rate, observed=counts)
