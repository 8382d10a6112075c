# expect: ok
# exp() of a very wide prior: prior predictive Poisson draws fail with "lam value too large", yet NUTS samples
# the model from its log-probability alone. A warning names the prior; the check once rejected the model.
import numpy as np
import pymc as pm

counts = np.array([3, 4, 2, 5])
with pm.Model() as model:
    log_rate = pm.Normal("log_rate", 0, 100)
    y = pm.Poisson("y", mu=pm.math.exp(log_rate), observed=counts)
