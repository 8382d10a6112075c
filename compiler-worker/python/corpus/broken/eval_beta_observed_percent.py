# expect: stage=evaluate line=10 type=NonFiniteLogp
# Shares given in percent, outside the (0, 1) support of the Beta.
import numpy as np
import pymc as pm

shares = np.array([12.0, 35.5, 60.0, 41.2])
with pm.Model() as model:
    a = pm.HalfNormal("a", 5)
    b = pm.HalfNormal("b", 5)
    pm.Beta("shares", alpha=a, beta=b, observed=shares)
